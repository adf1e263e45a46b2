namespace GeneBot.Knowledge.Corpus;

/// <summary>One <c>##</c> section of an article: its heading, its anchor and its paragraphs as plain text.</summary>
public sealed record ArticleSection(string Heading, string Anchor, IReadOnlyList<string> Paragraphs, int Line);
