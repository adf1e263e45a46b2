namespace GeneBot.Knowledge.Search;

/// <summary>The query plan a question became and the passages it found, best first.</summary>
public sealed record SearchResult(QueryPlan Plan, IReadOnlyList<SearchHit> Hits);
