namespace GeneBot.Knowledge.Semantic;

/// <summary>
/// Semantic re-ranking (<c>Knowledge:Semantic</c>): the candidates GeneBot's own ranking found are re-ordered by
/// <see cref="ScoreFusion"/> of their scores with the question's similarity to each passage, <paramref name="Weight"/>
/// being the similarity's share. Chosen on the benchmark suites (docs/BENCHMARKS.md, "Semantic re-ranking").
/// </summary>
public sealed record SemanticRanking(ITextEmbedder Embedder, double Weight = SemanticRanking.DefaultWeight)
{
    public const double DefaultWeight = 0.7;

    /// <summary>How many of the best passages are re-ordered: as many as the two-pass search's candidates (<see cref="Search.RankingSettings.CandidateDepth"/>).</summary>
    public const int Depth = 30;
}
