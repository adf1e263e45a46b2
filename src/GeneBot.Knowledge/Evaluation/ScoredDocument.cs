namespace GeneBot.Knowledge.Evaluation;

/// <summary>A document id a ranker returned, with its score.</summary>
public readonly record struct ScoredDocument(string Id, float Score);
