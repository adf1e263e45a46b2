namespace GeneBot.Knowledge.Answers;

/// <summary>One numbered excerpt of an answer and where it comes from.</summary>
public sealed record Citation(int N, string ArticleId, string Title, string Section, string Excerpt, string? Url, double Score);
