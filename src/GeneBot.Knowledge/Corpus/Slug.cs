using System.Text;

namespace GeneBot.Knowledge.Corpus;

/// <summary>Heading anchors as GitHub makes them: lower case, punctuation dropped, spaces to hyphens.</summary>
public static class Slug
{
    public static string Anchor(string heading)
    {
        var sb = new StringBuilder(heading.Length);
        foreach (var c in heading.Trim().ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c) || c is '-' or '_')
                sb.Append(c);
            else if (c == ' ')
                sb.Append('-');
        }
        return sb.ToString();
    }

    /// <summary>True for ids and keys of lowercase letters, digits and single hyphens.</summary>
    public static bool IsValidId(string id) =>
        id.Length is > 0 and <= 100 && id.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-')
        && !id.StartsWith('-') && !id.EndsWith('-') && !id.Contains("--", StringComparison.Ordinal);
}
