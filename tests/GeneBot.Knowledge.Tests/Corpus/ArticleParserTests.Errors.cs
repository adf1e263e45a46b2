using GeneBot.Knowledge.Corpus;
using GeneBot.Knowledge.Tests.Support;

namespace GeneBot.Knowledge.Tests.Corpus;

public sealed partial class ArticleParserTests
{
    [Theory]
    [InlineData("summary: CAR T: a summary")]
    [InlineData("tags: [car-t, immunotherapy")]
    [InlineData("summary: \"never closed")]
    [InlineData("  summary: badly indented")]
    [InlineData("url: *undefined-alias")]
    public void Parsing_an_article_with_broken_yaml_reports_the_line_of_the_error_and_skips_it(string badLine)
    {
        // Arrange: the bad line is line 4 of the file, after "---", "id" and "title".
        var text = $"---\nid: some-article\ntitle: Some article\n{badLine}\nreviewed: 2026-11-01\n---\n## A\n\nText.\n";

        // Act
        var result = Parse(text);

        // Assert
        AssertSkipped(result, 4, "invalid YAML front matter");
    }

    [Fact]
    public void A_front_matter_value_of_the_wrong_shape_is_reported_at_its_line()
    {
        // Arrange: a source's year must be a number; "twenty" sits on line 7.
        var text = "---\nid: some-article\ntitle: Some article\nreviewed: 2026-11-01\nsources:\n  - title: x\n    year: twenty\n---\n## A\n\nText.\n";

        // Act
        var result = Parse(text);

        // Assert
        AssertSkipped(result, 7, "invalid YAML front matter");
    }

    [Theory]
    [InlineData("- a\n- list")]
    [InlineData("just a scalar")]
    public void Front_matter_that_is_not_a_mapping_is_reported_at_line_2(string yaml)
    {
        // Act
        var result = Parse($"---\n{yaml}\n---\n## A\n\nText.");

        // Assert
        AssertSkipped(result, 2, "invalid YAML front matter");
    }

    [Fact]
    public void A_tab_indented_front_matter_line_is_reported_at_its_own_line()
    {
        // Arrange: the tab is on line 4.
        var text = "---\nid: some-article\ntitle: Some article\n\tsummary: tabbed\n---\n## A\n\nText.\n";

        // Act
        var result = Parse(text);

        // Assert
        AssertSkipped(result, 4, "invalid YAML front matter");
    }

    [Fact]
    public void A_front_matter_key_given_twice_is_reported_at_its_second_line()
    {
        // Arrange
        var text = "---\nid: some-article\ntitle: Some article\nid: other-id\n---\n## A\n\nText.\n";

        // Act
        var result = Parse(text);

        // Assert
        AssertSkipped(result, 4, "invalid YAML front matter");
    }

    [Theory]
    [InlineData("## A\n\nText without front matter.")]
    [InlineData("---\nid: some-article\ntitle: never closed\n\n## A\n\nText.")]
    [InlineData("\n---\nid: some-article\n---\n## A\n\nText.")]
    public void Parsing_an_article_without_a_closed_front_matter_block_reports_line_1(string text)
    {
        // Act
        var result = Parse(text);

        // Assert
        AssertSkipped(result, 1, "missing front matter");
    }

    [Fact]
    public void Parsing_an_article_without_an_id_reports_the_line_and_skips_it()
    {
        // Arrange: "id:" is present but empty on line 3.
        var text = "---\ntitle: Some article\nid:\nsummary: S\n---\n## A\n\nText.\n";

        // Act
        var result = Parse(text);

        // Assert
        AssertSkipped(result, 3, "missing 'id'");
    }

    [Fact]
    public void Parsing_an_article_with_no_id_key_at_all_reports_the_front_matter_start()
    {
        // Arrange
        var text = "---\ntitle: Some article\nsummary: S\n---\n## A\n\nText.\n";

        // Act
        var result = Parse(text);

        // Assert
        AssertSkipped(result, 1, "missing 'id'");
    }

    [Theory]
    [InlineData("Car-T")]
    [InlineData("car_t")]
    [InlineData("car--t")]
    [InlineData("-car-t")]
    [InlineData("car-t-")]
    [InlineData("\"car t\"")]
    [InlineData("../../etc/passwd")]
    [InlineData("thérapie")]
    public void Parsing_an_article_with_an_invalid_id_reports_the_id_line_and_skips_it(string id)
    {
        // Arrange
        var text = $"---\ntitle: Some article\nid: {id}\n---\n## A\n\nText.\n";

        // Act
        var result = Parse(text);

        // Assert
        AssertSkipped(result, 3, "invalid id");
    }

    [Fact]
    public void An_id_of_more_than_100_characters_is_invalid()
    {
        // Arrange
        var text = Some.ArticleText(id: new string('a', 101));

        // Act
        var result = Parse(text);

        // Assert
        AssertSkipped(result, 2, "invalid id");
    }

    [Theory]
    [InlineData("title:")]
    [InlineData("title: \"   \"")]
    [InlineData("summary: no title here")]
    public void Parsing_an_article_without_a_title_reports_the_line_and_skips_it(string titleLine)
    {
        // Arrange: the title (if any) is on line 3.
        var text = $"---\nid: some-article\n{titleLine}\n---\n## A\n\nText.\n";

        // Act
        var result = Parse(text);

        // Assert
        AssertSkipped(result, titleLine.StartsWith("title", StringComparison.Ordinal) ? 3 : 1, "missing 'title'");
    }

    [Theory]
    [InlineData("2026-13-01")]
    [InlineData("2026-02-30")]
    [InlineData("26/11/2026")]
    [InlineData("November 2026")]
    [InlineData("2026-11-26T10:00:00")]
    public void Parsing_an_article_with_a_bad_reviewed_date_reports_the_line_and_skips_it(string reviewed)
    {
        // Arrange: "reviewed" is on line 6 of the file.
        var text = Some.ArticleText().Replace("reviewed: 2026-11-01", $"reviewed: {reviewed}");

        // Act
        var result = Parse(text);

        // Assert
        AssertSkipped(result, 6, "'reviewed' must be a date");
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n   \n")]
    [InlineData("## Only a heading\n")]
    [InlineData("<div>\nonly html\n</div>\n")]
    [InlineData("<!-- only a comment -->\n")]
    public void Parsing_an_article_with_an_empty_body_reports_the_body_line_and_skips_it(string body)
    {
        // Arrange: the front matter closes on line 8, so the body starts on line 9.
        var text = Some.ArticleText(body: body);

        // Act
        var result = Parse(text);

        // Assert
        AssertSkipped(result, 9, "empty body");
    }
}
