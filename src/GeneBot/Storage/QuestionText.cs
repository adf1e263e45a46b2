using System.Text;

namespace GeneBot.Storage;

/// <summary>A question's text normalised for grouping: lower case, letters and digits only, single spaces.</summary>
public static class QuestionText
{
    public static string Normalize(string question)
    {
        var sb = new StringBuilder(question.Length);
        foreach (var ch in question.ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(ch))
                sb.Append(ch);
            else if (sb.Length > 0 && sb[^1] != ' ')
                sb.Append(' ');
        }
        return sb.ToString().Trim();
    }
}
