using System.Globalization;
using System.Text;
using GeneBot.Knowledge.Indexing;

namespace GeneBot.Features.Admin;

/// <summary>A rebuild's report for admins: counts, the articles added, changed and removed, every skipped file as <c>path:line: reason</c>, and the duration.</summary>
public static class ReindexReportText
{
    public static string Render(IndexReport report)
    {
        var sb = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"Reindexed in {report.Duration.TotalSeconds:0.0} s: {report.Articles} articles and {report.Faqs} FAQ entries, {report.Passages} passages.")
            .AppendLine()
            .Append("Added: ").AppendLine(List(report.Added))
            .Append("Changed: ").AppendLine(List(report.Changed))
            .Append("Removed: ").AppendLine(List(report.Removed));
        if (report.Errors.Count == 0)
            return sb.Append("Errors: none").ToString();
        sb.Append(CultureInfo.InvariantCulture, $"Errors ({report.Errors.Count} files skipped, the rest indexed):").AppendLine();
        foreach (var error in report.Errors.Take(MaxListed))
            sb.Append("  ").AppendLine(error.ToString());
        if (report.Errors.Count > MaxListed)
            sb.Append(CultureInfo.InvariantCulture, $"  … and {report.Errors.Count - MaxListed} more (genebot index lists them all)").AppendLine();
        return sb.ToString().TrimEnd();
    }

    /// <summary>Ids and errors shown per list, so that a big change still fits one chat message.</summary>
    public const int MaxListed = 15;

    private static string List(IReadOnlyList<string> ids) => ids.Count switch
    {
        0 => "none",
        <= MaxListed => string.Join(", ", ids),
        _ => string.Join(", ", ids.Take(MaxListed)) + $" … and {ids.Count - MaxListed} more",
    };
}
