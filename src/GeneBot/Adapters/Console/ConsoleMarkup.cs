using System.Text.RegularExpressions;
using Spectre.Console;

namespace GeneBot.Adapters.Console;

/// <summary>Turns GeneBot's chat Markdown (<c>**bold**</c>, backslash escapes) into Spectre.Console markup, escaping everything else.</summary>
public static partial class ConsoleMarkup
{
    [GeneratedRegex(@"\*\*(.+?)\*\*")]
    private static partial Regex Bold();

    [GeneratedRegex(@"\\([\\*_~`|])")]
    private static partial Regex Escaped();

    public static string From(string chatText)
    {
        var parts = new List<string>();
        var last = 0;
        foreach (Match match in Bold().Matches(chatText))
        {
            parts.Add(Plain(chatText[last..match.Index]));
            parts.Add($"[bold yellow]{Plain(match.Groups[1].Value)}[/]");
            last = match.Index + match.Length;
        }
        parts.Add(Plain(chatText[last..]));
        return string.Concat(parts);
    }

    private static string Plain(string text) => Markup.Escape(Escaped().Replace(text, "$1"));
}
