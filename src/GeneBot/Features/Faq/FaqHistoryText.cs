using System.Globalization;
using GeneBot.Knowledge.Corpus;
using GeneBot.Storage;

namespace GeneBot.Features.Faq;

/// <summary>One audited FAQ change as a line: when, what, by whom (a short hash, never a name), and which fields changed from what to what.</summary>
public static class FaqHistoryText
{
    private const int Shown = 80;

    public static string Line(FaqChange change)
    {
        var when = change.At.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
        var head = $"• {when} — {change.Action.ToString().ToLowerInvariant()} by member #{change.Who[..Math.Min(8, change.Who.Length)]}";
        var diffs = Diffs(change.Before, change.After).ToArray();
        return diffs.Length == 0 ? head : head + "\n    " + string.Join("\n    ", diffs);
    }

    private static IEnumerable<string> Diffs(FaqEntry? before, FaqEntry? after)
    {
        foreach (var (name, was, now) in new[]
        {
            ("title", before?.Title, after?.Title),
            ("body", before?.Body, after?.Body),
            ("link", before?.Link, after?.Link),
            ("aliases", before is null ? null : string.Join(", ", before.Aliases), after is null ? null : string.Join(", ", after.Aliases)),
        })
        {
            if (was != now)
                yield return $"{name}: {Short(was)} → {Short(now)}";
        }
    }

    private static string Short(string? text) =>
        text is null ? "(none)" : "\"" + (text.Length <= Shown ? text : text[..Shown] + "…") + "\"";
}
