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

    /// <summary>
    /// The run of one to three neighbouring sentences (at most <see cref="MaxChars"/> characters) that holds the most of
    /// the question's weighted words; among equals the one that mentions them more often (like a highlighter's fragment
    /// score), then the fuller, then the earlier. A run does not open on a sentence
    /// that leans on the one before ("It…", "This…") when that one is available.
    /// </summary>
    public static string Pick(QueryPlan plan, string passageText)
    {
        var sentences = SentenceSplitter.Split(passageText);
        if (sentences.Count == 0)
            return "";

        var terms = sentences.Select(s => GeneAnalyzer.Stemmed.Tokens(s).Select(t => t.Term).ToHashSet(StringComparer.Ordinal)).ToArray();
        var weights = terms.Select(t => plan.Concepts.Where(c => c.FoundIn(t)).Sum(c => c.Weight)).ToArray();
        Run best = new(0, 1, -1, -1, 0);
        for (var start = 0; start < sentences.Count; start++)
        {
            if (start > 0 && StartsWithReference(sentences[start]))
                continue;
            var chars = -1;
            var union = new HashSet<string>(StringComparer.Ordinal);
            var mentions = 0.0;
            for (var count = 1; count <= MaxSentences && start + count <= sentences.Count; count++)
            {
                chars += sentences[start + count - 1].Length + 1;
                if (count > 1 && chars > MaxChars)
                    break;
                union.UnionWith(terms[start + count - 1]);
                mentions += weights[start + count - 1];
                var score = plan.Concepts.Where(c => c.FoundIn(union)).Sum(c => c.Weight);
                var run = new Run(start, count, score, mentions, chars);
                if (run.Beats(best))
                    best = run;
            }
        }
        return Highlight(string.Join(' ', sentences.Skip(best.Start).Take(best.Count)), plan.HighlightTerms, plan.HighlightPhrases);
    }

    /// <param name="Score">The weight of the question's words the run holds, each once.</param>
    /// <param name="Mentions">The same, counted sentence by sentence: a run that keeps to the topic mentions it more.</param>
    private readonly record struct Run(int Start, int Count, double Score, double Mentions, int Chars)
    {
        /// <summary>More of the question's words; among equals, more mentions of them, then from the same start the fuller run; otherwise the earlier.</summary>
        public bool Beats(Run other)
        {
            if (Math.Abs(Score - other.Score) > 1e-9)
                return Score > other.Score;
            if (Math.Abs(Mentions - other.Mentions) > 1e-9)
                return Mentions > other.Mentions;
            return Start == other.Start && Chars > other.Chars;
        }
    }

    private static bool StartsWithReference(string sentence) =>
        LeadingReferences.Any(r => sentence.StartsWith(r, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Escapes chat Markdown in <paramref name="text"/> and bolds each word whose stem is in <paramref name="terms"/>, and
    /// each run of words that spells out one of <paramref name="phrases"/> whole.
    /// </summary>
    public static string Highlight(string text, IReadOnlySet<string> terms, IReadOnlyList<IReadOnlyList<string>>? phrases = null)
    {
        var words = Word().Matches(text).Select(m => (Match: m, Tokens: GeneAnalyzer.Stemmed.Tokens(m.Value).Select(t => t.Term).ToArray())).ToArray();
        var bold = words.Select(w => w.Tokens.Any(terms.Contains)).ToArray();
        foreach (var phrase in phrases ?? [])
        {
            for (var start = 0; start < words.Length; start++)
            {
                var tokens = new List<string>();
                for (var end = start; end < words.Length && tokens.Count < phrase.Count; end++)
                {
                    tokens.AddRange(words[end].Tokens);
                    if (tokens.Count == phrase.Count && tokens.SequenceEqual(phrase))
                        Array.Fill(bold, true, start, end - start + 1);
                }
            }
        }

        var sb = new StringBuilder(text.Length + 32);
        var last = 0;
        for (var i = 0; i < words.Length; i++)
        {
            var match = words[i].Match;
            sb.Append(Markdown.Escape(text[last..match.Index]));
            var word = Markdown.Escape(match.Value);
            sb.Append(bold[i] ? $"**{word}**" : word);
            last = match.Index + match.Length;
        }
        sb.Append(Markdown.Escape(text[last..]));
        // Neighbouring bold words read better as one bold run: "**CAR T-cell therapy**".
        return sb.ToString().Replace("** **", " ", StringComparison.Ordinal);
    }
}
