using System.Text;
using GeneBot.Knowledge.Corpus;

namespace GeneBot.Features.Faq;

/// <summary>Writes FAQ entries as Markdown files in the corpus/faq format (front matter key, aliases, title, link; the answer as the body), one file per key.</summary>
public static class FaqExport
{
    public static IReadOnlyList<string> Write(IEnumerable<FaqEntry> entries, string folder)
    {
        Directory.CreateDirectory(folder);
        var written = new List<string>();
        foreach (var entry in entries.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            var path = Path.Combine(folder, entry.Key + ".md");
            File.WriteAllText(path, ToMarkdown(entry), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            written.Add(path);
        }
        return written;
    }

    public static string ToMarkdown(FaqEntry entry)
    {
        var sb = new StringBuilder()
            .Append("---\n")
            .Append("key: ").Append(entry.Key).Append('\n')
            .Append("aliases: [").Append(string.Join(", ", entry.Aliases)).Append("]\n")
            .Append("title: ").Append(Yaml(entry.Title)).Append('\n')
            .Append("link: ").Append(Yaml(entry.Link)).Append('\n')
            .Append("---\n")
            .Append(entry.Body.Trim()).Append('\n');
        return sb.ToString();
    }

    /// <summary>A YAML scalar: double-quoted (with escapes) unless it is plainly safe.</summary>
    private static string Yaml(string value)
    {
        var plain = value.Length > 0 && value.All(c => char.IsLetterOrDigit(c) || c is ' ' or '-' or '?' or '.' or ',' or '(' or ')' or '/' or '\'')
            && !value.StartsWith(' ') && !value.EndsWith(' ') && !value.StartsWith('-') && !value.StartsWith('?');
        return plain ? value : "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
    }
}
