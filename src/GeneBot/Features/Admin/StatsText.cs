using System.Globalization;
using System.Text;
using GeneBot.Storage;

namespace GeneBot.Features.Admin;

/// <summary>The stats report as text, the same for /stats and <c>genebot stats</c>.</summary>
public static class StatsText
{
    public static string Render(StatsReport report, int days)
    {
        var votes = report.ThumbsUp + report.ThumbsDown;
        var ratio = votes == 0 ? "no votes yet" : $"{100.0 * report.ThumbsUp / votes:0}% 👍";
        var sb = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"GeneBot over the last {days} days:").AppendLine()
            .Append(CultureInfo.InvariantCulture, $"  Questions answered: {report.Answered}, abstained: {report.Abstained}").AppendLine()
            .Append(CultureInfo.InvariantCulture, $"  Feedback: {report.ThumbsUp} 👍 / {report.ThumbsDown} 👎 ({ratio})").AppendLine()
            .AppendLine("Top unanswered questions:");
        Items(sb, report.TopUnanswered, "  (none)");
        sb.AppendLine("Most used FAQ entries:");
        Items(sb, report.TopFaqs, "  (none)");
        return sb.ToString().TrimEnd();
    }

    private static void Items(StringBuilder sb, IReadOnlyList<CountedItem> items, string empty)
    {
        if (items.Count == 0)
            sb.AppendLine(empty);
        foreach (var item in items)
            sb.Append(CultureInfo.InvariantCulture, $"  {item.Count}× {item.Name}").AppendLine();
    }
}
