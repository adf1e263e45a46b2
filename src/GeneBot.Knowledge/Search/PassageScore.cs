namespace GeneBot.Knowledge.Search;

/// <summary>A passage id the searcher ranked, with its score, without the passage itself.</summary>
public readonly record struct PassageScore(string Id, float Score);
