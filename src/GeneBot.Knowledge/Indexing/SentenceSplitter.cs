using System.Text.RegularExpressions;

namespace GeneBot.Knowledge.Indexing;

/// <summary>Splits plain text into sentences on . ! ? followed by a capital, a digit or a quote, sparing common abbreviations.</summary>
public static partial class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "e.g", "i.e", "etc", "vs", "dr", "mr", "mrs", "ms", "prof", "approx", "fig", "st", "u.s", "u.k", "inc", "ltd", "jr", "sr", "al",
    };

    [GeneratedRegex(@"[.!?]+[""'”’)\]]*\s+(?=[\p{Lu}\p{N}""“'(\[])", RegexOptions.CultureInvariant)]
    private static partial Regex Boundary();

    public static IReadOnlyList<string> Split(string text)
    {
        var sentences = new List<string>();
        var start = 0;
        foreach (Match match in Boundary().Matches(text))
        {
            var end = match.Index + match.Length;
            if (IsAbbreviation(text, match.Index))
                continue;
            Add(sentences, text[start..end]);
            start = end;
        }
        Add(sentences, text[start..]);
        return sentences;
    }

    private static void Add(List<string> sentences, string sentence)
    {
        var trimmed = sentence.Trim();
        if (trimmed.Length > 0)
            sentences.Add(trimmed);
    }

    /// <summary>"J. Smith", "by J. Smith": one capital after a capitalised word or "by"/"and"; not "a C into a T. Adenine…".</summary>
    private static bool IsInitial(string text, int wordStart, string word)
    {
        if (word.Length != 1 || !char.IsUpper(word[0]))
            return false;
        var before = text[..wordStart].TrimEnd();
        var previous = before[(before.LastIndexOf(' ') + 1)..];
        return previous.Length > 0 && (char.IsUpper(previous[0]) || previous is "by" or "and");
    }

    private static bool IsAbbreviation(string text, int dot)
    {
        if (text[dot] != '.')
            return false;
        var wordStart = dot;
        while (wordStart > 0 && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.'))
            wordStart--;
        var word = text[wordStart..dot];
        // "No." is an abbreviation only before a number ("No. 5"); otherwise it is the word "no" ending a sentence.
        if (word.Equals("no", StringComparison.OrdinalIgnoreCase))
            return dot + 2 < text.Length && char.IsDigit(text[dot + 2]);
        return Abbreviations.Contains(word) || IsInitial(text, wordStart, word);
    }
}
