namespace GeneBot.Knowledge.Indexing;

/// <summary>A retrievable piece of an article section (roughly 40-150 words), or one FAQ entry.</summary>
public sealed record Passage(
    string Id,
    string ArticleId,
    string Title,
    string Section,
    string Anchor,
    int Order,
    string Text,
    PassageKind Kind,
    string? Url);
