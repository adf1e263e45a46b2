using System.Text;

namespace GeneBot.Knowledge.Answers;

/// <summary>Chat Markdown escaping: corpus text is shown as written, never as formatting.</summary>
public static class Markdown
{
    public static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\\' or '*' or '_' or '~' or '`' or '|')
                sb.Append('\\');
            sb.Append(c);
        }
        return sb.ToString();
    }
}
