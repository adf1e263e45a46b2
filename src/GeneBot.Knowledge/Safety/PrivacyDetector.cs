using System.Text;
using System.Text.RegularExpressions;

namespace GeneBot.Knowledge.Safety;

/// <summary>
/// Flags messages that carry personal health details, with the transparent rules of <c>corpus/privacy.yml</c> (no
/// hidden model): a direct identifier on its own (a date of birth, a record number, a phone number, an email, an
/// address), or a diagnosis told about someone in particular together with a name, an age, a date or a hospital.
/// Patterns see the message with white space collapsed and curly quotes straightened, case kept (names are capitalised).
/// A pattern that times out counts as a match, so a hostile message can only make GeneBot more discreet.
/// </summary>
public sealed class PrivacyDetector(PrivacyRules rules)
{
    public const int MaxChars = 4000;

    public static PrivacyDetector For(string corpusRoot) => new(PrivacyRules.Load(corpusRoot));

    public PrivacyResult Detect(string? message)
    {
        var text = Normalize(message);
        if (text.Length == 0 || rules.IsEmpty)
            return PrivacyResult.None;

        var kinds = rules.Direct.Where(k => Any(k.Value, text)).Select(k => k.Key).ToList();
        if (Any(rules.Diagnosis, text) && Any(rules.Personal, text))
            kinds.AddRange(rules.Contextual.Where(k => Any(k.Value, text)).Select(k => k.Key));
        return kinds.Count == 0 ? PrivacyResult.None : new PrivacyResult(true, kinds.Distinct().ToArray());
    }

    /// <summary>Straight quotes, white space and control characters collapsed to one space, at most <see cref="MaxChars"/> characters.</summary>
    public static string Normalize(string? message)
    {
        if (string.IsNullOrWhiteSpace(message))
            return "";
        var sb = new StringBuilder(Math.Min(message.Length, MaxChars));
        var space = false;
        foreach (var c in message.Length > MaxChars ? message[..MaxChars] : message)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                space = sb.Length > 0;
                continue;
            }
            if (space)
                sb.Append(' ');
            sb.Append(c switch { '’' or '‘' or '`' => '\'', '“' or '”' => '"', _ => c });
            space = false;
        }
        return sb.ToString();
    }

    private static bool Any(IReadOnlyList<Regex> patterns, string text) => patterns.Any(p => IsMatch(p, text));

    private static bool IsMatch(Regex pattern, string text)
    {
        try
        {
            return pattern.IsMatch(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return true;
        }
    }
}
