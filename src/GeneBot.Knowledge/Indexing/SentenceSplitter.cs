using System.Text.RegularExpressions;

namespace GeneBot.Knowledge.Indexing;

/// <summary>Splits plain text into sentences on . ! ? followed by a capital, a digit or a quote, sparing common abbreviations.</summary>
public static partial class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "e.g", "i.e", "etc", "vs", "dr", "mr", "mrs", "ms", "prof", "no", "approx", "fig", "st", "u.s", "u.k", "inc", "ltd", "jr", "sr", "al",
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

    private static bool IsAbbreviation(string text, int dot)
    {
        if (text[dot] != '.')
            return false;
        var wordStart = dot;
        while (wordStart > 0 && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.'))
            wordStart--;
        var word = text[wordStart..dot];
        return word.Length == 1 && char.IsUpper(word[0]) || Abbreviations.Contains(word);
    }
}
