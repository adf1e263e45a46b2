using System.Text;

namespace GeneBot.Knowledge.Answers;

/// <summary>The plain-text form of an answer, as the console chat and the JSON <c>text</c> field show it.</summary>
public static class AnswerRenderer
{
    public static string Render(IReadOnlyList<Citation> citations)
    {
        var sb = new StringBuilder();
        sb.AppendLine(ReplyText.Lead).AppendLine();
        foreach (var c in citations)
            sb.Append('[').Append(c.N).Append("] ").AppendLine(c.Excerpt);
        sb.AppendLine().AppendLine("Sources:");
        foreach (var c in citations)
            sb.AppendLine(SourceLine(c));
        sb.AppendLine().Append(ReplyText.Disclaimer);
        return sb.ToString();
    }

    /// <summary><c>[n] Title § Section — url</c>, without the link where there is none.</summary>
    public static string SourceLine(Citation c) =>
        $"[{c.N}] {c.Title} § {c.Section}" + Details(c) + (c.Url is null ? "" : $" — {c.Url}");

    /// <summary>" (reviewed Nov 2026; possibly out of date) [Kymriah: FDA-approved 2017 (…)]", or empty.</summary>
    public static string Details(Citation c)
    {
        var parts = "";
        if (c.Reviewed is { } reviewed)
            parts += $" (reviewed {SourceDetails.Month(reviewed)}" + (c.PossiblyOutdated ? "; possibly out of date)" : ")");
        if (c.Label is { } label)
            parts += $" [{label}]";
        return parts;
    }
}
