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

    /// <summary>Every stemmed term that should be bolded in an excerpt.</summary>
    public IReadOnlySet<string> HighlightTerms { get; } =
        Concepts.SelectMany(c => c.Alternatives.SelectMany(a => a).Prepend(c.Term)).ToHashSet(StringComparer.Ordinal);
}
