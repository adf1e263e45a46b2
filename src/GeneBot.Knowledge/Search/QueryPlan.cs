using Lucene.Net.Search;

namespace GeneBot.Knowledge.Search;

/// <summary>A question turned into a Lucene query, with the concepts and word pairs used to judge and excerpt the hits.</summary>
public sealed record QueryPlan(
    string Question,
    Query? Query,
    IReadOnlyList<QueryConcept> Concepts,
    IReadOnlyList<(string First, string Second)> Pairs)
{
    public bool IsEmpty => Query is null || Concepts.Count == 0;

    /// <summary>How much an earlier question's words count, relative to the question's own.</summary>
    public const float ContextBoost = 0.7f;

    /// <summary>The earlier question this plan was resolved against, if any.</summary>
    public string? Context { get; init; }

    /// <summary>
    /// This question resolved against an earlier one: the earlier question's query joins as an optional clause weighted
    /// <see cref="ContextBoost"/>, so it steers ranking among passages that match this question's own words. Confidence
    /// and excerpts judge the earlier words too, weighted the same way below the question's own.
    /// </summary>
    public QueryPlan WithContext(QueryPlan earlier)
    {
        if (earlier.IsEmpty || IsEmpty)
            return this;
        var steered = (Query)earlier.Query!.Clone();
        steered.Boost *= ContextBoost;
        var query = new BooleanQuery { { Query!, Occur.SHOULD }, { steered, Occur.SHOULD } };
        var own = Concepts.Select(c => c.Term).ToHashSet(StringComparer.Ordinal);
        var concepts = Concepts.Concat(earlier.Concepts.Where(c => !own.Contains(c.Term)).Select(c => c with { Weight = c.Weight * ContextBoost })).ToArray();
        return new QueryPlan(Question, query, concepts, Pairs) { Context = earlier.Question };
    }

    /// <summary>Stemmed words to bold in an excerpt: the question's own and their one-word synonyms.</summary>
    public IReadOnlySet<string> HighlightTerms { get; } =
        Concepts.SelectMany(c => c.Alternatives.Where(a => a.Count == 1).Select(a => a[0]).Prepend(c.Term)).ToHashSet(StringComparer.Ordinal);

    /// <summary>Multi-word synonyms to bold only where all their words stand together ("T-VEC", "cytokine release syndrome").</summary>
    public IReadOnlyList<IReadOnlyList<string>> HighlightPhrases { get; } =
        Concepts.SelectMany(c => c.Alternatives.Where(a => a.Count > 1)).DistinctBy(a => string.Join(' ', a)).ToArray();
}
