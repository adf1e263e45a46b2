using System.Globalization;

namespace GeneBot.Knowledge.Corpus;

/// <summary>Parses one article file: YAML front matter (YamlDotNet) and a Markdown body (Markdig).</summary>
public static class ArticleParser
{
    public static ParseResult<Article> Parse(string path, string text, string contentHash)
    {
        if (FrontMatter.Split(text) is not var (yaml, body, bodyLine))
            return ParseResult<Article>.Fail(path, 1, "missing front matter (the file must start with a '---' line and close it with another)");

        var (meta, error, line) = YamlDocuments.Read<ArticleFrontMatter>(yaml);
        if (error is not null)
            return ParseResult<Article>.Fail(path, line + 1, error);
        if (meta is null)
            return ParseResult<Article>.Fail(path, 2, "empty front matter");

        if (string.IsNullOrWhiteSpace(meta.Id))
            return ParseResult<Article>.Fail(path, LineOf(yaml, "id"), "missing 'id'");
        if (!Slug.IsValidId(meta.Id))
            return ParseResult<Article>.Fail(path, LineOf(yaml, "id"), $"invalid id '{meta.Id}' (use lowercase letters, digits and hyphens)");
        if (string.IsNullOrWhiteSpace(meta.Title))
            return ParseResult<Article>.Fail(path, LineOf(yaml, "title"), "missing 'title'");

        DateOnly? reviewed = null;
        if (!string.IsNullOrWhiteSpace(meta.Reviewed))
        {
            if (!DateOnly.TryParseExact(meta.Reviewed.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                return ParseResult<Article>.Fail(path, LineOf(yaml, "reviewed"), $"'reviewed' must be a date like 2026-11-26, not '{meta.Reviewed}'");
            reviewed = date;
        }

        var sections = MarkdownText.Sections(body, bodyLine, meta.Title.Trim());
        if (sections.Count == 0)
            return ParseResult<Article>.Fail(path, bodyLine, "empty body");

        var article = new Article(
            meta.Id.Trim(),
            MarkdownText.Normalize(meta.Title),
            MarkdownText.Normalize(meta.Summary ?? ""),
            meta.Tags?.Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t.Trim()).ToArray() ?? [],
            reviewed,
            string.IsNullOrWhiteSpace(meta.Url) ? null : meta.Url.Trim(),
            meta.Sources?.Select(s => new ArticleSource(s.Title?.Trim() ?? "", s.Publisher?.Trim() ?? "", s.Url?.Trim() ?? "", s.Year)).ToArray() ?? [],
            meta.Status?.Where(s => !string.IsNullOrWhiteSpace(s.Product)).Select(s => new TherapyStatus(s.Product!.Trim(), s.Label?.Trim() ?? "")).ToArray() ?? [],
            sections,
            path,
            contentHash);
        return ParseResult<Article>.Ok(article);
    }

    /// <summary>The 1-based file line of a top-level front matter key (the YAML starts on line 2), or 1.</summary>
    internal static int LineOf(string yaml, string key)
    {
        var lines = yaml.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith(key + ":", StringComparison.Ordinal))
                return i + 2;
        }
        return 1;
    }
}
