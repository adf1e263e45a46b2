namespace GeneBot.Knowledge.Corpus;

/// <summary>A Flesch–Kincaid grade with the counts behind it.</summary>
public sealed record ReadabilityScore(double Grade, int Words, int Sentences);
