namespace GeneBot.Knowledge.Semantic;

/// <summary>
/// Semantic re-ranking (<c>Knowledge:Semantic</c>): the candidates GeneBot's own ranking found are re-ordered by
/// <see cref="ScoreFusion"/> of their scores with the question's similarity to each passage, <paramref name="Weight"/>
/// being the similarity's share. Chosen on the benchmark suites (docs/BENCHMARKS.md, "Semantic re-ranking").
/// </summary>
public sealed record SemanticRanking(ITextEmbedder Embedder, double Weight = SemanticRanking.DefaultWeight)
{
    public const double DefaultWeight = 0.7;

    /// <summary>
    /// How many of the best passages are re-ordered. The same number as the two-pass search's default candidate count
    /// (<see cref="Search.RankingSettings.CandidateDepth"/>), so by default the fusion re-orders exactly the candidates
    /// the full query already scored; it is a number of its own, not read from that setting.
    /// </summary>
    public const int Depth = 30;
}
