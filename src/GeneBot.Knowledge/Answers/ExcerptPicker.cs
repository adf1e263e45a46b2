using System.Text;
using System.Text.RegularExpressions;
using GeneBot.Knowledge.Analysis;
using GeneBot.Knowledge.Indexing;
using GeneBot.Knowledge.Search;

namespace GeneBot.Knowledge.Answers;

/// <summary>Picks the best one to three sentences of a passage for a question and bolds the question's words in them.</summary>
public static partial class ExcerptPicker
{
    public const int MaxSentences = 3;
    public const int MaxChars = 420;

    private static readonly string[] LeadingReferences = ["it ", "this ", "these ", "they ", "that ", "those ", "its ", "their "];

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}'’\-]*", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    public static string Pick(QueryPlan plan, string passageText)
    {
        var sentences = SentenceSplitter.Split(passageText);
        if (sentences.Count == 0)
            return "";

        var scores = sentences.Select(s => Score(plan, s)).ToArray();
        var best = Array.IndexOf(scores, scores.Max());
        var start = best > 0 && StartsWithReference(sentences[best]) ? best - 1 : best;

        var chosen = new List<string> { sentences[start] };
        var chars = sentences[start].Length;
        for (var i = start + 1; i < sentences.Count && chosen.Count < MaxSentences; i++)
        {
            var needed = i <= best || scores[i] > 0 || PassageSplitter.WordCount(string.Join(' ', chosen)) < 20;
            if (!needed || chars + sentences[i].Length + 1 > MaxChars)
                break;
            chosen.Add(sentences[i]);
            chars += sentences[i].Length + 1;
        }
        return Highlight(string.Join(' ', chosen), plan.HighlightTerms);
    }

    private static double Score(QueryPlan plan, string sentence)
    {
        var terms = GeneAnalyzer.Stemmed.Tokens(sentence).Select(t => t.Term).ToHashSet(StringComparer.Ordinal);
        return plan.Concepts.Where(c => c.FoundIn(terms)).Sum(c => c.Weight);
    }

    private static bool StartsWithReference(string sentence) =>
        LeadingReferences.Any(r => sentence.StartsWith(r, StringComparison.OrdinalIgnoreCase));

    /// <summary>Escapes chat Markdown in <paramref name="text"/> and wraps each word whose stem is in <paramref name="terms"/> in <c>**…**</c>.</summary>
    public static string Highlight(string text, IReadOnlySet<string> terms)
    {
        var sb = new StringBuilder(text.Length + 32);
        var last = 0;
        foreach (Match match in Word().Matches(text))
        {
            sb.Append(Markdown.Escape(text[last..match.Index]));
            var word = Markdown.Escape(match.Value);
            var hit = terms.Count > 0 && GeneAnalyzer.Stemmed.Tokens(match.Value).Any(t => terms.Contains(t.Term));
            sb.Append(hit ? $"**{word}**" : word);
            last = match.Index + match.Length;
        }
        sb.Append(Markdown.Escape(text[last..]));
        // Neighbouring bold words read better as one bold run: "**CAR T-cell therapy**".
        return sb.ToString().Replace("** **", " ", StringComparison.Ordinal);
    }
}
