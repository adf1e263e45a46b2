namespace GeneBot.Knowledge.Analysis;

/// <summary>A term the analyzer produced, at its position in the text.</summary>
public readonly record struct AnalyzedToken(string Term, int Position);
