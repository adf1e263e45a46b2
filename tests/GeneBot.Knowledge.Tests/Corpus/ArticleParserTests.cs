using GeneBot.Knowledge.Corpus;
using GeneBot.Knowledge.Tests.Support;

namespace GeneBot.Knowledge.Tests.Corpus;

public sealed partial class ArticleParserTests
{
    private const string Path = "corpus/articles/some-article.md";

    private static ParseResult<Article> Parse(string text) => ArticleParser.Parse(Path, text, "hash");

    private static void AssertSkipped(ParseResult<Article> result, int line, string reasonPart)
    {
        Assert.Null(result.Value);
        var error = Assert.IsType<CorpusError>(result.Error);
        Assert.Equal(Path, error.Path);
        Assert.Equal(line, error.Line);
        Assert.Contains(reasonPart, error.Reason, StringComparison.Ordinal);
        Assert.StartsWith($"{Path}:{line}: ", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Parsing_a_valid_article_reads_its_front_matter_and_sections()
    {
        // Arrange
        var text = """
            ---
            id: car-t-cell-therapy
            title: CAR T-cell therapy
            summary: What CAR T-cell therapy is.
            tags: [car-t, immunotherapy]
            reviewed: 2026-11-26
            url: https://example.org/car-t
            sources:
              - title: Approved products
                publisher: FDA
                url: https://www.fda.gov/x
                year: 2025
            status:
              - product: kymriah
                label: approved
            ---

            ## What CAR stands for

            CAR stands for chimeric antigen receptor.

            A second paragraph.

            ## Side effects

            Fever is common.
            """;

        // Act
        var result = Parse(text);

        // Assert
        Assert.Null(result.Error);
        var article = Assert.IsType<Article>(result.Value);
        Assert.Equal("car-t-cell-therapy", article.Id);
        Assert.Equal("CAR T-cell therapy", article.Title);
        Assert.Equal("What CAR T-cell therapy is.", article.Summary);
        Assert.Equal(["car-t", "immunotherapy"], article.Tags);
        Assert.Equal(new DateOnly(2026, 11, 26), article.Reviewed);
        Assert.Equal("https://example.org/car-t", article.Url);
        Assert.Equal(new ArticleSource("Approved products", "FDA", "https://www.fda.gov/x", 2025), Assert.Single(article.Sources));
        Assert.True(Assert.Single(article.Status).IsApproved);
        Assert.Equal(["What CAR stands for", "Side effects"], article.Sections.Select(s => s.Heading));
        Assert.Equal(["what-car-stands-for", "side-effects"], article.Sections.Select(s => s.Anchor));
        Assert.Equal(["CAR stands for chimeric antigen receptor.", "A second paragraph."], article.Sections[0].Paragraphs);
        Assert.Equal("hash", article.ContentHash);
        Assert.Equal(Path, article.SourcePath);
    }

    [Fact]
    public void Each_section_remembers_the_file_line_of_its_heading()
    {
        // Arrange: the body starts on line 9, so its "## Later" heading sits on line 14.
        var text = Some.ArticleText(body: "\n## First\n\nOne.\n\n## Later\n\nTwo.");

        // Act
        var article = Parse(text).Value!;

        // Assert
        Assert.Equal([10, 14], article.Sections.Select(s => s.Line));
    }

    [Fact]
    public void Text_before_the_first_heading_becomes_a_section_named_after_the_title()
    {
        // Arrange
        var text = Some.ArticleText(title: "Gene therapy basics", body: "An opening paragraph.\n\n## Next\n\nMore.");

        // Act
        var article = Parse(text).Value!;

        // Assert
        Assert.Equal(["Gene therapy basics", "Next"], article.Sections.Select(s => s.Heading));
        Assert.Equal("gene-therapy-basics", article.Sections[0].Anchor);
    }

    [Fact]
    public void A_third_level_heading_stays_inside_its_section_as_text()
    {
        // Arrange
        var text = Some.ArticleText(body: "## Risks\n\nIntro.\n\n### In children\n\nDetail.");

        // Act
        var article = Parse(text).Value!;

        // Assert
        var section = Assert.Single(article.Sections);
        Assert.Equal(["Intro.", "In children", "Detail."], section.Paragraphs);
    }

    [Fact]
    public void Windows_line_endings_parse_like_unix_ones()
    {
        // Arrange
        var unix = Some.ArticleText(body: "## One\n\nFirst line\nsame paragraph.");
        var windows = unix.Replace("\n", "\r\n");

        // Act
        var fromUnix = Parse(unix).Value!;
        var fromWindows = Parse(windows).Value!;

        // Assert
        Assert.Equal(fromUnix.Title, fromWindows.Title);
        Assert.Equal(fromUnix.Sections.Single().Paragraphs, fromWindows.Sections.Single().Paragraphs);
        Assert.Equal("First line same paragraph.", fromWindows.Sections.Single().Paragraphs.Single());
    }

    [Fact]
    public void Html_blocks_and_script_tags_are_dropped_from_the_text()
    {
        // Arrange
        var body = """
            ## Safety

            <script>
            alert('stolen');
            </script>

            <div class="box">Hidden block text.</div>

            Some <b>bold</b> and <span onclick="evil()">spanned</span> words.<br/>

            Keep <!-- a comment --> this.
            """;

        // Act
        var article = Parse(Some.ArticleText(body: body)).Value!;

        // Assert
        var paragraphs = article.Sections.Single().Paragraphs;
        Assert.Equal(["Some bold and spanned words.", "Keep this."], paragraphs);
        Assert.DoesNotContain(paragraphs, p => p.Contains('<') || p.Contains('>') || p.Contains("alert", StringComparison.Ordinal));
    }

    [Fact]
    public void Markdown_formatting_becomes_plain_text_and_links_keep_only_their_text()
    {
        // Arrange
        var body = "## Terms\n\nA **bold**, *italic*, `code_word` and [linked](https://example.org/x) text &amp; more.";

        // Act
        var article = Parse(Some.ArticleText(body: body)).Value!;

        // Assert
        Assert.Equal("A bold, italic, code_word and linked text & more.", article.Sections.Single().Paragraphs.Single());
    }

    [Fact]
    public void Control_characters_and_runs_of_white_space_are_removed_from_the_text()
    {
        // Arrange
        var body = "## A\n\nTabs\tand   spaces\u0007 and\u0001bells.";

        // Act
        var article = Parse(Some.ArticleText(body: body)).Value!;

        // Assert
        Assert.Equal("Tabs and spaces and bells.", article.Sections.Single().Paragraphs.Single());
    }

    [Theory]
    [InlineData("What's new in 2026?", "whats-new-in-2026")]
    [InlineData("CAR T-cell therapy: risks & benefits", "car-t-cell-therapy-risks--benefits")]
    [InlineData("  Trimmed heading  ", "trimmed-heading")]
    [InlineData("snake_case stays", "snake_case-stays")]
    public void Section_anchors_are_made_the_way_GitHub_makes_them(string heading, string anchor)
    {
        // Act
        var actual = Slug.Anchor(heading);

        // Assert
        Assert.Equal(anchor, actual);
    }
}
