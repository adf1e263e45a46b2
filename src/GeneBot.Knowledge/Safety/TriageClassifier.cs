using System.Text;
using System.Text.RegularExpressions;

namespace GeneBot.Knowledge.Safety;

/// <summary>
/// Sorts a message into crisis, urgent, advice or informational with the transparent rules of <c>corpus/triage.yml</c>
/// (no hidden model). Crisis wins over urgent, urgent over advice. A pattern that times out counts as a match, so a
/// hostile message can only make GeneBot more careful.
/// </summary>
public sealed class TriageClassifier(TriageRules rules)
{
    public const int MaxChars = 2000;

    public TriageResult Classify(string? message)
    {
        var text = Normalize(message);
        if (text.Length == 0)
            return new TriageResult(TriageClass.Informational, "empty");

        if (First(rules.Crisis, text, out var crisis) && !OnlyExcluded(text, crisis!))
            return new TriageResult(TriageClass.Crisis, crisis!.ToString());

        if (Urgent(text) is { } urgent)
            return new TriageResult(TriageClass.Urgent, urgent, Signs(text));

        if (First(rules.Advice, text, out var advice))
            return new TriageResult(TriageClass.Advice, advice!.ToString());

        return new TriageResult(TriageClass.Informational, "none");
    }

    /// <summary>
    /// Urgent: not told as over and done ("he's fine now"), and either a red flag that is not only asked about in
    /// general, or a symptom with a strong "now" cue, or a symptom happening to someone that is not asked about in general.
    /// </summary>
    private string? Urgent(string text)
    {
        if (First(rules.UrgentResolved, text, out _))
            return null;
        var general = First(rules.UrgentGeneral, text, out _);
        var strong = First(rules.UrgentStrong, text, out var strongCue);
        if (First(rules.UrgentRedFlags, text, out var flag) && (!general || strong))
            return $"red flag {flag}";
        if (!First(rules.UrgentSymptoms, text, out var symptom) && flag is null)
            return null;
        var sign = symptom ?? flag;
        if (strong)
            return $"{sign} + {strongCue}";
        return !general && First(rules.UrgentNow, text, out var now) ? $"{sign} + {now}" : null;
    }

    private IReadOnlyList<string> Signs(string text) =>
        rules.UrgentRedFlags.Concat(rules.UrgentSymptoms).SelectMany(r => Matches(r, text)).Select(m => m.Value).Distinct().ToArray();

    /// <summary>Lower case, straight quotes, apostrophes dropped ("don't" → "dont"), white space collapsed, at most <see cref="MaxChars"/> characters.</summary>
    public static string Normalize(string? message)
    {
        if (string.IsNullOrWhiteSpace(message))
            return "";
        var sb = new StringBuilder(Math.Min(message.Length, MaxChars));
        var space = false;
        foreach (var raw in message.Length > MaxChars ? message[..MaxChars] : message)
        {
            var c = char.ToLowerInvariant(raw);
            if (c is '\'' or '’' or '‘' or '`')
                continue;
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                space = sb.Length > 0;
                continue;
            }
            if (space)
                sb.Append(' ');
            sb.Append(c switch { '“' or '”' => '"', _ => c });
            space = false;
        }
        return sb.ToString();
    }

    /// <summary>True when every crisis match in the text lies inside an excluded phrase ("suicide gene therapy").</summary>
    private bool OnlyExcluded(string text, Regex crisis)
    {
        var found = Matches(crisis, text).ToArray();
        if (found.Length == 0)
            return false;
        var excluded = rules.CrisisExclusions.SelectMany(r => Matches(r, text)).ToArray();
        return found.All(m => excluded.Any(e => m.Index >= e.Index && m.Index + m.Length <= e.Index + e.Length))
            && rules.Crisis.Where(r => r != crisis).All(r => !IsMatch(r, text));
    }

    private static bool First(IReadOnlyList<Regex> patterns, string text, out Regex? match)
    {
        match = patterns.FirstOrDefault(p => IsMatch(p, text));
        return match is not null;
    }

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

    private static IEnumerable<Match> Matches(Regex pattern, string text)
    {
        try
        {
            return pattern.Matches(text).ToArray();
        }
        catch (RegexMatchTimeoutException)
        {
            return [];
        }
    }
}
