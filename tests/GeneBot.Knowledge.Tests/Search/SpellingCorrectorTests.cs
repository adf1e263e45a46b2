using GeneBot.Knowledge.Analysis;
using GeneBot.Knowledge.Corpus;
using GeneBot.Knowledge.Indexing;
using GeneBot.Knowledge.Search;
using GeneBot.Knowledge.Tests.Support;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace GeneBot.Knowledge.Tests.Search;

public sealed class SpellingCorrectorTests(TestIndex index) : IClassFixture<TestIndex>
{
    private SpellingCorrector CreateSut()
    {
        using var reader = DirectoryReader.Open(index.Directory);
        return new SpellingCorrector(reader);
    }

    private static string Stem(string word) => GeneAnalyzer.Stemmed.Tokens(word).Single().Term;

    /// <summary>A corrector over an index of the given articles (title, one section, one paragraph each).</summary>
    private static SpellingCorrector CreateSut(params (string Title, string Heading, string Text)[] articles)
    {
        var list = articles.Select((a, i) => Some.Article($"article-{i}", null, Some.Section(a.Heading, a.Text)) with { Title = a.Title }).ToArray();
        using var directory = new RAMDirectory();
        IndexBuilder.Build(new CorpusSnapshot("corpus", list, [], [], SynonymMap.Empty, "fingerprint"), directory, null);
        using var reader = DirectoryReader.Open(directory);
        return new SpellingCorrector(reader);
    }

    [Theory]
    [InlineData("therepy", "therapy")]
    [InlineData("tocilizumib", "tocilizumab")]
    [InlineData("hemoglbin", "hemoglobin")]
    [InlineData("hemoglubon", "hemoglobin")]
    [InlineData("lentivrial", "lentiviral")]
    public void A_word_the_index_does_not_know_is_corrected_to_a_close_indexed_word(string typo, string word)
    {
        // Act
        var corrected = CreateSut().Correct(Stem(typo));

        // Assert
        Assert.Equal(Stem(word), corrected);
    }

    [Theory]
    [InlineData("therapy")]
    [InlineData("cd19")]
    [InlineData("aav")]
    [InlineData("zzzzzzzz")]
    [InlineData("hemoxyzbin")]
    public void Known_short_non_alphabetic_and_far_off_words_are_left_alone(string word)
    {
        // Act
        var corrected = CreateSut().Correct(Stem(word));

        // Assert
        Assert.Null(corrected);
    }

    [Fact]
    public void Among_equally_close_words_the_one_in_more_passages_wins()
    {
        // Arrange: "melon" is in two passages, "meson" in one; "mebon" is one edit from both.
        var sut = CreateSut(
            ("One", "Notes", "A melon grows."),
            ("Two", "Notes", "Another melon grows."),
            ("Three", "Notes", "A meson decays."));

        // Act
        var corrected = sut.Correct("mebon");

        // Assert
        Assert.Equal("melon", corrected);
    }

    [Theory]
    [InlineData("abcd", "abdc", 1)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("therapi", "therapi", 0)]
    [InlineData("aaaaaa", "bbbbbb", 3)]
    public void Distance_counts_edits_with_a_swap_of_neighbours_as_one_and_stops_above_the_limit(string a, string b, int expected)
    {
        // Act
        var distance = SpellingCorrector.Distance(a, b, 2);

        // Assert
        Assert.Equal(Math.Min(expected, 3), distance);
    }

    [Fact]
    public void A_misspelled_question_still_finds_its_passage()
    {
        // Act
        var top = index.Search("tocilizumib").Hits[0].Passage;

        // Assert
        Assert.Equal("car-t-cell-therapy#1", top.Id);
    }

    [Fact]
    public void A_word_the_index_knows_only_from_a_title_or_heading_is_not_corrected()
    {
        // Arrange: "transfer" appears only in a title; the body has "transfusion", two edits away.
        var sut = CreateSut(("Gene transfer", "Notes", "A blood transfusion may be needed."));

        // Act
        var corrected = sut.Correct(Stem("transfer"));

        // Assert
        Assert.Null(corrected);
    }
}
