using GeneBot.Knowledge.Corpus;
using GeneBot.Knowledge.Indexing;
using GeneBot.Knowledge.Tests.Support;

namespace GeneBot.Knowledge.Tests.Indexing;

public sealed class PassageSplitterTests
{
    private static string Paragraph(int firstIndex, params int[] sentenceWords) =>
        string.Join(' ', sentenceWords.Select((words, i) => Some.Sentence(firstIndex + i, words)));

    private static int Words(string text) => PassageSplitter.WordCount(text);

    [Fact]
    public void A_long_section_is_cut_into_passages_of_40_to_150_words_on_sentence_boundaries()
    {
        // Arrange: 30 sentences of 12 words in one paragraph (360 words).
        var paragraph = Paragraph(0, Enumerable.Repeat(12, 30).ToArray());

        // Act
        var passages = PassageSplitter.SplitSection([paragraph]);

        // Assert
        Assert.Equal([144, 144, 72], passages.Select(Words));
        Assert.All(passages, p => Assert.EndsWith(".", p, StringComparison.Ordinal));
        Assert.All(passages, p => Assert.Matches(@"^S\d+ ", p));
    }

    [Fact]
    public void Random_sections_give_passages_within_the_bounds_in_order_and_without_losing_a_word()
    {
        // Arrange
        var random = new Random(42);
        for (var round = 0; round < 300; round++)
        {
            var next = 0;
            var paragraphs = Enumerable.Range(0, random.Next(1, 7))
                .Select(_ =>
                {
                    var lengths = Enumerable.Range(0, random.Next(1, 8)).Select(_ => random.Next(3, 26)).ToArray();
                    var text = Paragraph(next, lengths);
                    next += lengths.Length;
                    return text;
                })
                .ToArray();

            // Act
            var passages = PassageSplitter.SplitSection(paragraphs);

            // Assert
            Assert.Equal(string.Join(' ', paragraphs), string.Join(' ', passages));
            Assert.All(passages, p => Assert.InRange(Words(p), 1, PassageSplitter.MaxWords));
            Assert.All(passages.SkipLast(1), p => Assert.InRange(Words(p), PassageSplitter.MinWords, PassageSplitter.MaxWords));
            if (passages.Count >= 2 && Words(passages[^1]) < PassageSplitter.MinWords)
                Assert.True(Words(passages[^1]) + Words(passages[^2]) > PassageSplitter.MaxWords, "a short tail that fits must be merged");
        }
    }

    [Fact]
    public void Short_paragraphs_are_gathered_until_the_passage_holds_40_words()
    {
        // Arrange: four paragraphs of 15 words each.
        string[] paragraphs = [Paragraph(0, 15), Paragraph(1, 15), Paragraph(2, 15), Paragraph(3, 15)];

        // Act
        var passages = PassageSplitter.SplitSection(paragraphs);

        // Assert: 45 words close the first passage at a paragraph end; the 15-word tail joins it (60 <= 150).
        Assert.Equal([60], passages.Select(Words));
    }

    [Fact]
    public void A_short_tail_is_merged_into_the_passage_before_it()
    {
        // Arrange
        string[] paragraphs = [Paragraph(0, 50, 50), Paragraph(2, 20)];

        // Act
        var passages = PassageSplitter.SplitSection(paragraphs);

        // Assert
        Assert.Equal([120], passages.Select(Words));
    }

    [Fact]
    public void A_short_tail_stays_alone_when_merging_would_pass_150_words()
    {
        // Arrange
        string[] paragraphs = [Paragraph(0, 70, 70), Paragraph(2, 20)];

        // Act
        var passages = PassageSplitter.SplitSection(paragraphs);

        // Assert
        Assert.Equal([140, 20], passages.Select(Words));
    }

    [Fact]
    public void A_single_sentence_longer_than_150_words_is_kept_whole()
    {
        // Arrange
        string[] paragraphs = [Paragraph(0, 60, 200, 60)];

        // Act
        var passages = PassageSplitter.SplitSection(paragraphs);

        // Assert
        Assert.Equal([60, 200, 60], passages.Select(Words));
    }

    [Theory]
    [InlineData("Products approved in the U.S. Food and Drug Administration list include several gene therapies.")]
    [InlineData("Some vectors e.g. Lentiviral ones write themselves into the genome of the cell.")]
    public void An_abbreviation_is_never_a_place_to_cut_a_passage(string sentence)
    {
        // Arrange: 145 words already, so a wrong cut after the abbreviation would still fit the first passage.
        var paragraph = Paragraph(0, 145) + " " + sentence;

        // Act
        var passages = PassageSplitter.SplitSection([paragraph]);

        // Assert
        Assert.Equal(2, passages.Count);
        Assert.Equal(145, Words(passages[0]));
        Assert.Equal(sentence, passages[1]);
    }

    [Fact]
    public void Passages_of_an_article_are_numbered_in_order_across_sections_with_their_section_anchors()
    {
        // Arrange
        var article = Some.Article(
            "car-t-cell-therapy",
            null,
            Some.Section("How it works", Paragraph(0, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12)),
            Some.Section("Side effects", Paragraph(20, 30)));

        // Act
        var passages = PassageSplitter.Split(article, "https://example.org/corpus/");

        // Assert
        Assert.Equal([0, 1, 2], passages.Select(p => p.Order));
        Assert.Equal(["car-t-cell-therapy#0", "car-t-cell-therapy#1", "car-t-cell-therapy#2"], passages.Select(p => p.Id));
        Assert.Equal(["how-it-works", "how-it-works", "side-effects"], passages.Select(p => p.Anchor));
        Assert.Equal(["How it works", "How it works", "Side effects"], passages.Select(p => p.Section));
        Assert.All(passages, p => Assert.Equal(PassageKind.Article, p.Kind));
        Assert.All(passages, p => Assert.Equal("Some article", p.Title));
        Assert.StartsWith("S0 ", passages[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("S20 ", passages[2].Text, StringComparison.Ordinal);
        Assert.Equal("https://example.org/corpus/car-t-cell-therapy.md#side-effects", passages[2].Url);
    }

    [Theory]
    [InlineData(null, null, null)]
    [InlineData(null, "", null)]
    [InlineData(null, "https://example.org/corpus", "https://example.org/corpus/some-article.md#risks")]
    [InlineData("https://example.org/full", "https://example.org/corpus/", "https://example.org/full#risks")]
    public void A_passage_links_to_the_article_url_else_to_the_base_url_else_nowhere(string? articleUrl, string? baseUrl, string? expected)
    {
        // Arrange
        var article = Some.Article("some-article", articleUrl, Some.Section("Risks", Paragraph(0, 45)));

        // Act
        var passage = Assert.Single(PassageSplitter.Split(article, baseUrl));

        // Assert
        Assert.Equal(expected, passage.Url);
    }

    [Theory]
    [InlineData("some-article", "https://example.org/corpus/some-article.md")]
    [InlineData("https://example.org/elsewhere", "https://example.org/elsewhere")]
    [InlineData("unknown-article", null)]
    public void A_faq_entry_becomes_one_passage_linking_to_its_article_or_url(string link, string? expectedUrl)
    {
        // Arrange
        var faq = new FaqEntry("what-is-car-t", ["car-t"], "What is CAR-T?", link, "First part.\n\nSecond part.", "faq/what-is-car-t.md");
        var articles = new Dictionary<string, Article> { ["some-article"] = Some.Article() };

        // Act
        var passage = PassageSplitter.Split(faq, articles, "https://example.org/corpus/");

        // Assert
        Assert.Equal("faq:what-is-car-t", passage.Id);
        Assert.Equal("faq:what-is-car-t", passage.ArticleId);
        Assert.Equal(PassageKind.Faq, passage.Kind);
        Assert.Equal("What is CAR-T?", passage.Title);
        Assert.Equal("First part. Second part.", passage.Text);
        Assert.Equal(expectedUrl, passage.Url);
    }
}
