namespace GeneBot.Knowledge.Corpus;

/// <summary>An authoritative source an article's facts were checked against.</summary>
public sealed record ArticleSource(string Title, string Publisher, string Url, int? Year);
