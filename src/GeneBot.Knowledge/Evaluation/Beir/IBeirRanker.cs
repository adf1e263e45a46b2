namespace GeneBot.Knowledge.Evaluation.Beir;

/// <summary>A ranking under evaluation, over an index it built from a benchmark collection's documents.</summary>
public interface IBeirRanker : IDisposable
{
    /// <summary>The documents for <paramref name="query"/>, best first, at most <paramref name="depth"/>.</summary>
    IReadOnlyList<ScoredDocument> Rank(string query, int depth);
}
