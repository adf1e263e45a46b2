using GeneBot.Knowledge.Corpus;
using GeneBot.Knowledge.Search;

namespace GeneBot.Knowledge.Answers;

/// <summary>
/// "Explain simpler": among the hits whose evidence is near the best one's (within <see cref="ConfidenceMargin"/>),
/// the passages with the lowest Flesch–Kincaid grade come first; the others follow in their original order. Relevance
/// still decides what is eligible; reading grade only decides among passages that answer about as well.
/// </summary>
public static class SimplerRanking
{
    /// <summary>How far below the best hit's confidence a passage may be and still be preferred for being easier to read.</summary>
    public const double ConfidenceMargin = 0.1;

    public static SearchResult Rerank(SearchResult result, IReadOnlySet<string>? domainTerms = null)
    {
        if (result.Hits.Count < 2 || result.Plan.IsEmpty)
            return result;
        var scored = result.Hits
            .Select((hit, order) => (Hit: hit, Order: order,
                Confidence: Evidence.Confidence(result.Plan, $"{hit.Passage.Title}. {hit.Passage.Section}. {hit.Passage.Text}", domainTerms),
                Grade: Readability.Score([hit.Passage.Text]).Grade))
            .ToArray();
        var best = scored.Max(s => s.Confidence);
        var near = scored.Where(s => s.Confidence >= best - ConfidenceMargin).OrderBy(s => s.Grade).ThenBy(s => s.Order);
        var rest = scored.Where(s => s.Confidence < best - ConfidenceMargin).OrderBy(s => s.Order);
        return result with { Hits = near.Concat(rest).Select(s => s.Hit).ToArray() };
    }
}
