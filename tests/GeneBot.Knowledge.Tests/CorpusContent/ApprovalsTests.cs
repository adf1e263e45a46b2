using System.Text.RegularExpressions;
using GeneBot.Knowledge.Indexing;

namespace GeneBot.Knowledge.Tests.CorpusContent;

/// <summary>"Approved" is a fact with a regulator, a year and a source: every approved product the corpus names is in the approvals table and docs/APPROVALS.md.</summary>
public sealed class ApprovalsTests(BundledCorpus corpus) : IClassFixture<BundledCorpus>
{
    [Fact]
    public void Every_approved_status_in_an_article_names_a_product_of_the_approvals_table()
    {
        // Arrange
        var keys = corpus.Approvals.Select(p => p.Key).ToHashSet(StringComparer.Ordinal);

        // Assert
        Assert.All(corpus.Snapshot.Articles.SelectMany(a => a.Status.Where(s => s.IsApproved).Select(s => (a.Id, s.Product))),
            x => Assert.True(keys.Contains(x.Product), $"{x.Id}: '{x.Product}' is labelled approved but is not in corpus/approvals.yml"));
    }

    [Fact]
    public void Every_row_of_the_approvals_table_has_a_regulator_year_indication_and_https_source()
    {
        // Assert
        Assert.NotEmpty(corpus.Approvals);
        Assert.All(corpus.Approvals, p =>
        {
            Assert.False(string.IsNullOrWhiteSpace(p.Brand));
            Assert.False(string.IsNullOrWhiteSpace(p.Generic));
            Assert.NotEmpty(p.Approvals);
            Assert.All(p.Approvals, a =>
            {
                Assert.False(string.IsNullOrWhiteSpace(a.Regulator), p.Key);
                Assert.InRange(a.Year, 1990, DateTime.UtcNow.Year);
                Assert.False(string.IsNullOrWhiteSpace(a.Indication), p.Key);
                Assert.StartsWith("https://", a.Url);
            });
        });
    }

    [Fact]
    public void Docs_approvals_lists_every_approval_of_the_table()
    {
        // Arrange
        var doc = File.ReadAllText(Path.Combine(corpus.RepoRoot, "docs", "APPROVALS.md"));
        var rows = doc.Split('\n').Where(l => l.StartsWith('|')).ToArray();

        // Assert
        Assert.All(corpus.Approvals.SelectMany(p => p.Approvals.Select(a => (p, a))), x =>
            Assert.Contains(rows, r => r.Contains(x.p.Brand, StringComparison.Ordinal) && r.Contains(x.a.Regulator, StringComparison.Ordinal) && r.Contains(x.a.Year.ToString(), StringComparison.Ordinal)));
    }

    [Fact]
    public void A_product_named_in_a_sentence_that_calls_it_approved_is_in_the_approvals_table_and_labelled_in_the_article()
    {
        // Arrange: every brand or generic name of the table, matched as a whole word.
        var names = corpus.Approvals.SelectMany(p => new[] { (p.Key, Name: p.Brand), (p.Key, Name: p.Generic) }).ToArray();
        var missing = new List<string>();

        // Act
        foreach (var article in corpus.Snapshot.Articles.Where(a => a.Id != "glossary"))
        {
            var labelled = article.Status.Where(s => s.IsApproved).Select(s => s.Product).ToHashSet(StringComparer.Ordinal);
            foreach (var sentence in article.Sections.SelectMany(s => s.Paragraphs).SelectMany(SentenceSplitter.Split))
            {
                if (!sentence.Contains("approved", StringComparison.OrdinalIgnoreCase))
                    continue;
                foreach (var (key, name) in names)
                {
                    if (Regex.IsMatch(sentence, $@"\b{Regex.Escape(name)}\b", RegexOptions.IgnoreCase) && !labelled.Contains(key))
                        missing.Add($"{article.Id}: names {name} as approved but has no 'status: {key} approved'");
                }
            }
        }

        // Assert
        Assert.Empty(missing.Distinct());
    }
}
