namespace GeneBot.Features.Faq;

/// <summary>
/// FAQ fields typed as text where a platform has no form (the console chat): <c>KEY | TITLE | LINK | BODY | ALIASES</c>,
/// trailing fields optional; an empty field is left out (for an edit: unchanged).
/// </summary>
public static class FaqTextArguments
{
    private static readonly string[] Fields = ["key", "title", "link", "body", "aliases"];

    public static IReadOnlyDictionary<string, string> Parse(string text)
    {
        var parts = text.Split('|', StringSplitOptions.TrimEntries);
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < parts.Length && i < Fields.Length; i++)
        {
            if (parts[i].Length > 0)
                options[Fields[i]] = parts[i];
        }
        return options;
    }
}
