using System.Text.RegularExpressions;
using GeneBot.Knowledge.Corpus;
using GeneBot.Knowledge.Indexing;

namespace GeneBot.Knowledge.Tests.CorpusContent;

/// <summary>The bundled corpus is content reviewed like code: every file parses, every fact is sourced and dated, nothing is repeated.</summary>
public sealed partial class CorpusValidationTests(BundledCorpus corpus) : IClassFixture<BundledCorpus>
{
    private IReadOnlyList<Article> Articles => corpus.Snapshot.Articles;

    [Fact]
    public void Every_file_in_the_corpus_parses_without_errors()
    {
        // Assert
        Assert.Empty(corpus.Snapshot.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void The_corpus_holds_at_least_35_articles_and_25_faq_entries()
    {
        // Assert
        Assert.True(Articles.Count >= 35, $"{Articles.Count} articles");
        Assert.True(corpus.Snapshot.Faqs.Count >= 25, $"{corpus.Snapshot.Faqs.Count} FAQ entries");
    }

    [Fact]
    public void Every_article_id_matches_its_file_name()
    {
        // Assert
        Assert.All(Articles, a => Assert.Equal(Path.GetFileNameWithoutExtension(a.SourcePath), a.Id));
    }

    [Fact]
    public void Every_article_has_a_one_sentence_summary_tags_and_sections()
    {
        // Assert
        Assert.All(Articles, a =>
        {
            Assert.False(string.IsNullOrWhiteSpace(a.Summary), a.Id + ": summary");
            Assert.Single(SentenceSplitter.Split(a.Summary));
            Assert.NotEmpty(a.Tags);
            Assert.True(a.Sections.Count >= 3, a.Id + ": sections");
        });
    }

    [Fact]
    public void Every_article_was_reviewed_within_the_last_two_years()
    {
        // Arrange
        var oldest = DateOnly.FromDateTime(DateTime.UtcNow).AddYears(-2);

        // Assert
        Assert.All(Articles, a =>
        {
            Assert.NotNull(a.Reviewed);
            Assert.True(a.Reviewed >= oldest, $"{a.Id} reviewed {a.Reviewed}");
            Assert.True(a.Reviewed <= DateOnly.FromDateTime(DateTime.UtcNow).AddDays(1), $"{a.Id} reviewed in the future");
        });
    }

    [Fact]
    public void Every_article_lists_at_least_two_sources_each_an_https_url_with_a_year()
    {
        // Assert
        Assert.All(Articles, a =>
        {
            Assert.True(a.Sources.Count >= 2, a.Id + ": fewer than two sources");
            Assert.All(a.Sources, s =>
            {
                Assert.True(Uri.TryCreate(s.Url, UriKind.Absolute, out var uri) && uri.Scheme == "https", $"{a.Id}: '{s.Url}' is not an https URL");
                Assert.InRange(s.Year ?? 0, 1990, DateTime.UtcNow.Year);
                Assert.False(string.IsNullOrWhiteSpace(s.Title), a.Id + ": source without a title");
                Assert.False(string.IsNullOrWhiteSpace(s.Publisher), a.Id + ": source without a publisher");
            });
        });
    }

    [Fact]
    public void Every_article_except_the_glossary_has_400_to_1200_words()
    {
        // Assert
        Assert.All(Articles.Where(a => a.Id != "glossary"), a =>
            Assert.InRange(Readability.Score(a).Words, 400, 1200));
    }

    [Fact]
    public void The_glossary_defines_at_least_50_terms()
    {
        // Arrange
        var glossary = Assert.Single(Articles, a => a.Id == "glossary");

        // Assert
        Assert.True(glossary.Sections.Count >= 50, $"{glossary.Sections.Count} terms");
    }

    [Fact]
    public void No_sentence_of_twelve_or_more_words_appears_in_two_articles()
    {
        // Arrange
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        var repeats = new List<string>();

        // Act
        foreach (var article in Articles)
        {
            foreach (var sentence in article.Sections.SelectMany(s => s.Paragraphs).SelectMany(SentenceSplitter.Split).Distinct())
            {
                var words = WordPattern().Matches(sentence.ToLowerInvariant()).Select(m => m.Value).ToArray();
                if (words.Length < 12)
                    continue;
                var key = string.Join(' ', words);
                if (seen.TryGetValue(key, out var first) && first != article.Id)
                    repeats.Add($"{first} / {article.Id}: {sentence}");
                else
                    seen[key] = article.Id;
            }
        }

        // Assert
        Assert.Empty(repeats);
    }

    [Fact]
    public void Every_faq_entry_links_to_an_existing_article_or_an_https_url()
    {
        // Arrange
        var ids = Articles.Select(a => a.Id).ToHashSet();

        // Assert
        Assert.All(corpus.Snapshot.Faqs, f =>
            Assert.True(ids.Contains(f.Link) || f.Link.StartsWith("https://", StringComparison.Ordinal), $"{f.Key}: link '{f.Link}' resolves to nothing"));
    }

    [Fact]
    public void Every_faq_answer_is_at_most_600_characters_and_its_key_matches_its_file_name()
    {
        // Assert
        Assert.All(corpus.Snapshot.Faqs, f =>
        {
            Assert.True(f.Body.Length <= FaqParser.MaxAnswerLength, $"{f.Key}: {f.Body.Length} characters");
            Assert.Equal(Path.GetFileNameWithoutExtension(f.SourcePath), f.Key);
        });
    }

    [Fact]
    public void Faq_keys_and_aliases_are_unique()
    {
        // Arrange
        var keys = corpus.Snapshot.Faqs.SelectMany(f => f.AllKeys).ToArray();

        // Assert
        Assert.Equal(keys.Length, keys.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void The_synonym_map_has_at_least_60_groups_of_true_equivalents()
    {
        // Assert
        Assert.True(corpus.Snapshot.Synonyms.Groups.Count >= 60, $"{corpus.Snapshot.Synonyms.Groups.Count} groups");
        Assert.All(corpus.Snapshot.Synonyms.Groups, g => Assert.True(g.Count >= 2));
    }

    [Fact]
    public void No_article_or_faq_text_contains_html_or_mass_mentions()
    {
        // Assert
        var texts = Articles.SelectMany(a => a.Sections.SelectMany(s => s.Paragraphs).Select(p => (a.Id, p)))
            .Concat(corpus.Snapshot.Faqs.Select(f => (f.Key, f.Body)));
        Assert.All(texts, t =>
        {
            Assert.DoesNotContain("@everyone", t.Item2);
            Assert.DoesNotContain("@here", t.Item2);
            Assert.DoesNotMatch("<[a-zA-Z/][^>]*>", t.Item2);
        });
    }

    [GeneratedRegex(@"[a-z0-9]+")]
    private static partial Regex WordPattern();
}
