using GeneBot.Knowledge.Analysis;
using GeneBot.Knowledge.Search;

namespace GeneBot.Knowledge.Answers;

/// <summary>
/// How well a passage answers a question, from normalised evidence rather than a raw BM25 score: the share of the
/// question's topic words it holds (weighted by how rare each word is), and the share of the question's word pairs
/// it holds side by side.
/// </summary>
public static class Evidence
{
    public static double Coverage(QueryPlan plan, IReadOnlySet<string> terms)
    {
        var total = plan.Concepts.Sum(c => c.Weight);
        if (total <= 0)
            return 0;
        return plan.Concepts.Where(c => c.FoundIn(terms)).Sum(c => c.Weight) / total;
    }

    public static double PairShare(QueryPlan plan, IReadOnlyList<AnalyzedToken> tokens)
    {
        if (plan.Pairs.Count == 0)
            return -1;
        var found = plan.Pairs.Count(p => Adjacent(tokens, p.First, p.Second));
        return (double)found / plan.Pairs.Count;
    }

    /// <summary>A number in [0, 1]: 0.8 × coverage + 0.2 × pair share (coverage again for one-word questions).</summary>
    public static double Confidence(QueryPlan plan, string passageText, IReadOnlySet<string>? domainTerms = null)
    {
        var tokens = GeneAnalyzer.Stemmed.Tokens(passageText);
        var terms = tokens.Select(t => t.Term).ToHashSet(StringComparer.Ordinal);
        var coverage = Coverage(plan, terms);
        var pairs = PairShare(plan, tokens);
        var confidence = Math.Clamp(0.8 * coverage + 0.2 * (pairs < 0 ? coverage : pairs), 0, 1);
        return domainTerms is null || Anchored(plan, terms, domainTerms) ? confidence : confidence * UnanchoredFactor;
    }

    /// <summary>Evidence that shares no domain word with the question (only "cell", "phone", "cure"…) counts for this much.</summary>
    public const double UnanchoredFactor = 0.75;

    /// <summary>True when a question word the passage holds is one of the library's own topic words (titles, tags, glossary terms, synonyms).</summary>
    public static bool Anchored(QueryPlan plan, IReadOnlySet<string> passageTerms, IReadOnlySet<string> domainTerms) =>
        plan.Concepts.Any(c => c.FoundIn(passageTerms) && (domainTerms.Contains(c.Term) || c.Alternatives.Any(a => a.All(domainTerms.Contains))));

    private static bool Adjacent(IReadOnlyList<AnalyzedToken> tokens, string first, string second)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Term != first)
                continue;
            for (var j = i + 1; j < tokens.Count && tokens[j].Position - tokens[i].Position <= 3; j++)
            {
                if (tokens[j].Term == second)
                    return true;
            }
        }
        return false;
    }
}
