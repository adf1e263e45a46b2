using GeneBot.Features.Admin;
using GeneBot.Knowledge.Corpus;
using GeneBot.Knowledge.Indexing;

namespace GeneBot.Tests.Features.Admin;

public sealed class ReindexReportTextTests
{
    [Fact]
    public void The_report_names_changes_and_errors_as_path_line_reason_and_stays_short_for_big_changes()
    {
        // Arrange
        var many = Enumerable.Range(0, 1500).Select(i => $"trial-{i}").ToArray();
        var errors = Enumerable.Range(0, 40).Select(i => new CorpusError($"corpus/articles/bad-{i}.md", 3, "missing 'title'")).ToArray();
        var report = new IndexReport(1500, 6000, 36, ["new-one"], many, [], errors, TimeSpan.FromSeconds(2.345));

        // Act
        var text = ReindexReportText.Render(report);

        // Assert
        Assert.StartsWith("Reindexed in 2.3 s: 1500 articles and 36 FAQ entries, 6000 passages.", text, StringComparison.Ordinal);
        Assert.Contains("Added: new-one", text, StringComparison.Ordinal);
        Assert.Contains("… and 1485 more", text, StringComparison.Ordinal);
        Assert.Contains("Removed: none", text, StringComparison.Ordinal);
        Assert.Contains("corpus/articles/bad-0.md:3: missing 'title'", text, StringComparison.Ordinal);
        Assert.Contains("… and 25 more", text, StringComparison.Ordinal);
        Assert.True(text.Length <= 2000, $"{text.Length} characters");
    }
}
