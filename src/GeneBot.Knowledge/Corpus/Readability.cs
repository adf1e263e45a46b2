using System.Text.RegularExpressions;
using GeneBot.Knowledge.Indexing;

namespace GeneBot.Knowledge.Corpus;

/// <summary>The Flesch–Kincaid grade of an article's text: 0.39 × words per sentence + 11.8 × syllables per word − 15.59.</summary>
public static partial class Readability
{
    [GeneratedRegex(@"[A-Za-z][A-Za-z'\-]*")]
    private static partial Regex Word();

    [GeneratedRegex(@"(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$")]
    private static partial Regex SilentEnding();

    [GeneratedRegex(@"[aeiouy]{1,2}")]
    private static partial Regex VowelGroup();

    public static ReadabilityScore Score(Article article) =>
        Score(article.Sections.SelectMany(s => s.Paragraphs));

    public static ReadabilityScore Score(IEnumerable<string> paragraphs)
    {
        int sentences = 0, words = 0, syllables = 0;
        foreach (var sentence in paragraphs.SelectMany(SentenceSplitter.Split))
        {
            var sentenceWords = Word().Matches(sentence).Select(m => m.Value).ToArray();
            if (sentenceWords.Length == 0)
                continue;
            sentences++;
            words += sentenceWords.Length;
            syllables += sentenceWords.Sum(Syllables);
        }
        var grade = words == 0 ? 0 : 0.39 * words / sentences + 11.8 * syllables / words - 15.59;
        return new ReadabilityScore(Math.Round(grade, 1), words, sentences);
    }

    /// <summary>A syllable estimate: vowel groups, less a silent final e/es/ed; at least one.</summary>
    public static int Syllables(string word)
    {
        var w = new string(word.ToLowerInvariant().Where(c => c is >= 'a' and <= 'z').ToArray());
        if (w.Length == 0)
            return 0;
        if (w.Length <= 3)
            return 1;
        w = SilentEnding().Replace(w, "");
        if (w.StartsWith('y'))
            w = w[1..];
        return Math.Max(1, VowelGroup().Matches(w).Count);
    }
}
