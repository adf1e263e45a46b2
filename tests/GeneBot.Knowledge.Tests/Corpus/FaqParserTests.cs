using GeneBot.Knowledge.Corpus;
using GeneBot.Knowledge.Tests.Support;

namespace GeneBot.Knowledge.Tests.Corpus;

public sealed class FaqParserTests
{
    private const string Path = "corpus/faq/some-question.md";

    private static ParseResult<FaqEntry> Parse(string text) => FaqParser.Parse(Path, text);

    [Fact]
    public void Parsing_a_faq_entry_reads_its_key_aliases_title_link_and_answer()
    {
        // Arrange
        var text = Some.FaqText(aliases: "[CAR-T, cart, '  ']", body: "First paragraph.\n\nSecond   paragraph.");

        // Act
        var result = Parse(text);

        // Assert
        Assert.Null(result.Error);
        var entry = Assert.IsType<FaqEntry>(result.Value);
        Assert.Equal("some-question", entry.Key);
        Assert.Equal(["car-t", "cart"], entry.Aliases);
        Assert.Equal(["some-question", "car-t", "cart"], entry.AllKeys);
        Assert.Equal("Some question?", entry.Title);
        Assert.Equal("some-article", entry.Link);
        Assert.Equal("First paragraph.\n\nSecond paragraph.", entry.Body);
        Assert.Equal(Path, entry.SourcePath);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Some_Question")]
    [InlineData("two words")]
    public void A_missing_or_invalid_key_is_reported_at_the_key_line(string key)
    {
        // Arrange: the key is on line 2.
        var text = Some.FaqText(key: key);

        // Act
        var result = Parse(text);

        // Assert
        Assert.Null(result.Value);
        Assert.Equal(new CorpusError(Path, 2, "missing or invalid 'key' (use lowercase letters, digits and hyphens)"), result.Error);
    }

    [Fact]
    public void A_missing_title_is_reported_at_the_title_line()
    {
        // Act
        var result = Parse(Some.FaqText(title: ""));

        // Assert
        Assert.Equal(4, result.Error?.Line);
        Assert.Contains("missing 'title'", result.Error?.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_link_is_reported_at_the_link_line()
    {
        // Act
        var result = Parse(Some.FaqText(link: ""));

        // Assert
        Assert.Equal(5, result.Error?.Line);
        Assert.Contains("missing 'link'", result.Error?.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void An_entry_without_an_answer_is_reported_at_the_body_line()
    {
        // Act
        var result = Parse(Some.FaqText(body: "   "));

        // Assert
        Assert.Equal(new CorpusError(Path, 7, "empty body"), result.Error);
    }

    [Fact]
    public void Broken_yaml_in_a_faq_entry_is_reported_at_its_line()
    {
        // Arrange: the title on line 3 holds a second "key: value".
        var text = "---\nkey: some-question\ntitle: Why: because\nlink: x\n---\nAnswer.";

        // Act
        var result = Parse(text);

        // Assert
        Assert.Equal(3, result.Error?.Line);
        Assert.StartsWith("invalid YAML front matter", result.Error?.Reason, StringComparison.Ordinal);
    }
}
