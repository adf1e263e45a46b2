namespace GeneBot.Knowledge.Corpus;

/// <summary>A parsed corpus article (front matter + sections).</summary>
public sealed record Article(
    string Id,
    string Title,
    string Summary,
    IReadOnlyList<string> Tags,
    DateOnly? Reviewed,
    string? Url,
    IReadOnlyList<ArticleSource> Sources,
    IReadOnlyList<TherapyStatus> Status,
    IReadOnlyList<ArticleSection> Sections,
    string SourcePath,
    string ContentHash);
