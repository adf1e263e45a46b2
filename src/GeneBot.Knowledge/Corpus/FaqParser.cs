namespace GeneBot.Knowledge.Corpus;

/// <summary>Parses one FAQ entry: front matter (key, aliases, title, link) and a short answer.</summary>
public static class FaqParser
{
    public const int MaxAnswerLength = 600;

    public static ParseResult<FaqEntry> Parse(string path, string text)
    {
        if (FrontMatter.Split(text) is not var (yaml, body, bodyLine))
            return ParseResult<FaqEntry>.Fail(path, 1, "missing front matter (the file must start with a '---' line and close it with another)");

        var (meta, error, line) = YamlDocuments.Read<FaqFrontMatter>(yaml);
        if (error is not null)
            return ParseResult<FaqEntry>.Fail(path, line + 1, error);
        if (meta is null)
            return ParseResult<FaqEntry>.Fail(path, 2, "empty front matter");

        if (string.IsNullOrWhiteSpace(meta.Key) || !Slug.IsValidId(meta.Key.Trim()))
            return ParseResult<FaqEntry>.Fail(path, ArticleParser.LineOf(yaml, "key"), "missing or invalid 'key' (use lowercase letters, digits and hyphens)");
        if (string.IsNullOrWhiteSpace(meta.Title))
            return ParseResult<FaqEntry>.Fail(path, ArticleParser.LineOf(yaml, "title"), "missing 'title'");
        if (string.IsNullOrWhiteSpace(meta.Link))
            return ParseResult<FaqEntry>.Fail(path, ArticleParser.LineOf(yaml, "link"), "missing 'link' (an article id or an https URL)");

        var sections = MarkdownText.Sections(body, bodyLine, meta.Title);
        var answer = string.Join("\n\n", sections.SelectMany(s => s.Paragraphs));
        if (answer.Length == 0)
            return ParseResult<FaqEntry>.Fail(path, bodyLine, "empty body");

        var aliases = meta.Aliases?.Where(a => !string.IsNullOrWhiteSpace(a)).Select(a => a.Trim().ToLowerInvariant()).ToArray() ?? [];
        return ParseResult<FaqEntry>.Ok(new FaqEntry(meta.Key.Trim(), aliases, MarkdownText.Normalize(meta.Title), meta.Link.Trim(), answer, path));
    }
}
