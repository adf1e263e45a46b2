using GeneBot.Knowledge.Analysis;
using GeneBot.Knowledge.Corpus;
using GeneBot.Knowledge.Indexing;
using GeneBot.Knowledge.Search;

namespace GeneBot.Knowledge.Tests.Support;

/// <summary>Small, valid test data; each test overrides only what it is about.</summary>
public static class Some
{
    public const string Body = """

        ## What it is

        Gene therapy adds, removes or changes genetic material in a person's cells to treat a disease.
        """;

    public static string ArticleText(
        string id = "some-article",
        string title = "Some article",
        string body = Body,
        string? extraFrontMatter = null) =>
        $"""
        ---
        id: {id}
        title: {title}
        summary: A short summary.
        tags: [gene-therapy]
        reviewed: 2026-11-01
        {extraFrontMatter ?? "url: https://example.org/some-article"}
        ---
        {body}
        """;

    public static string FaqText(
        string key = "some-question",
        string aliases = "[some-alias]",
        string title = "Some question?",
        string link = "some-article",
        string body = "A short answer in plain language.") =>
        $"""
        ---
        key: {key}
        aliases: {aliases}
        title: {title}
        link: {link}
        ---
        {body}
        """;

    /// <summary>A sentence of exactly <paramref name="words"/> words that starts with a capital and ends with a period, e.g. "S3 word word.".</summary>
    public static string Sentence(int index, int words)
    {
        var parts = new string[words];
        parts[0] = $"S{index}";
        for (var i = 1; i < words; i++)
            parts[i] = "word";
        return string.Join(' ', parts) + ".";
    }

    public static ArticleSection Section(string heading, params string[] paragraphs) =>
        new(heading, Slug.Anchor(heading), paragraphs, 8);

    public static Article Article(string id = "some-article", string? url = null, params ArticleSection[] sections) =>
        new(id, "Some article", "A short summary.", [], new DateOnly(2026, 11, 1), url, [], [], sections, $"articles/{id}.md", "hash");

    public static Passage Passage(string articleId, string text, int order = 0, string title = "Overview", string section = "Notes", string? url = null) =>
        new($"{articleId}#{order}", articleId, title, section, Slug.Anchor(section), order, text, PassageKind.Article, url);

    public static SynonymMap Synonyms(params string[] lines) => SynonymMap.Parse(string.Join('\n', lines));

    /// <summary>A query plan as the searcher would build it, with every word weighing 1.</summary>
    public static QueryPlan Plan(string question, SynonymMap? synonyms = null) =>
        new QueryBuilder(synonyms ?? SynonymMap.Empty, RankingSettings.Default).Build(question, _ => 1.0);

    /// <summary>Search hits for the passages in the order given, with falling scores.</summary>
    public static SearchResult Result(QueryPlan plan, params Passage[] passages) =>
        new(plan, passages.Select((p, i) => new SearchHit(p, 10f - i)).ToArray());
}
