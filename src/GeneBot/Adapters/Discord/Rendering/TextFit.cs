namespace GeneBot.Adapters.Discord.Rendering;

/// <summary>Shortens chat Markdown to a limit: at a word boundary when there is one, never inside a surrogate pair, with
/// an ellipsis, and without leaving a bold run (<c>**</c>) or an escape open.</summary>
public static class TextFit
{
    public const string Ellipsis = "…";

    public static string Fit(string text, int max)
    {
        if (text.Length <= max)
            return text;
        if (max <= Ellipsis.Length)
            return max <= 0 ? "" : Ellipsis[..max];

        var budget = max - Ellipsis.Length;
        var cut = LastWhitespace(text, budget);
        if (cut <= budget / 2)
            cut = char.IsLowSurrogate(text[budget]) ? budget - 1 : budget;
        var kept = Balance(text[..cut].TrimEnd());
        return kept + Ellipsis;
    }

    private static int LastWhitespace(string text, int from)
    {
        for (var i = from; i > 0; i--)
        {
            if (char.IsWhiteSpace(text[i]))
                return i;
        }
        return -1;
    }

    /// <summary>Drops an unmatched <c>**</c> and a dangling backslash, so the cut text renders as the whole did.</summary>
    private static string Balance(string text)
    {
        var lastBold = -1;
        var bolds = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\')
            {
                i++;
                continue;
            }
            if (text[i] == '*' && i + 1 < text.Length && text[i + 1] == '*')
            {
                bolds++;
                lastBold = i;
                i++;
            }
        }
        if (bolds % 2 == 1)
            text = text.Remove(lastBold, 2);

        var backslashes = text.Length - text.TrimEnd('\\').Length;
        return backslashes % 2 == 1 ? text[..^1] : text;
    }
}
