using GeneBot.Knowledge.Indexing;

namespace GeneBot.Cli;

/// <summary>The summary a rebuild prints: counts, changes, skipped files as <c>path:line: reason</c>, and time.</summary>
public static class IndexSummary
{
    public static void Write(TextWriter output, IndexReport report)
    {
        output.WriteLine($"Indexed {report.Articles} articles and {report.Faqs} FAQ entries into {report.Passages} passages in {report.Duration.TotalSeconds:0.00} s.");
        if (report.Added.Count + report.Changed.Count + report.Removed.Count > 0)
            output.WriteLine($"  {report.Added.Count} added, {report.Changed.Count} changed, {report.Removed.Count} removed.");
        if (report.Errors.Count > 0)
        {
            output.WriteLine($"  {report.Errors.Count} file(s) skipped:");
            foreach (var error in report.Errors)
                output.WriteLine($"  {error}");
        }
    }
}
