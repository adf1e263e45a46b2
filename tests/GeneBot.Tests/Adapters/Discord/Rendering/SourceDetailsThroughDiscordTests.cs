using GeneBot.Tests.Support;

namespace GeneBot.Tests.Adapters.Discord.Rendering;

/// <summary>Reviewed months, "possibly out of date" and approval labels in the answer embed, end to end through FakeDiscord.</summary>
public sealed class SourceDetailsThroughDiscordTests
{
    private const string MessageCreate = "MESSAGE_CREATE";

    private static async Task<string[]> SourceFieldsAsync(GeneBotHarness sut, string question)
    {
        var reply = await sut.WaitForReplyToAsync(await sut.SendAsync(MessageCreate, Some.Mention(question)));
        return SentJson.Embed(reply.Body)!.Value.GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("value").GetString()!).ToArray();
    }

    [Fact]
    public async Task A_citation_of_an_approved_therapy_carries_its_label_and_reviewed_month_from_the_data()
    {
        // Arrange
        await using var sut = await GeneBotHarness.StartAsync();

        // Act
        var fields = await SourceFieldsAsync(sut, "when was Kymriah approved?");

        // Assert
        Assert.All(fields, f => Assert.Matches(@"\nReviewed [A-Z][a-z]{2} \d{4}", f));
        Assert.Contains(fields, f => f.Contains("Kymriah: FDA-approved 2017", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_citation_of_an_article_reviewed_long_ago_is_marked_as_possibly_out_of_date()
    {
        // Arrange
        using var corpus = new TempDirectory();
        GeneratedCorpus.Write(corpus, articles: 1, sections: 2);
        var path = corpus.Combine("articles", "trial-0.md");
        await File.WriteAllTextAsync(path, (await File.ReadAllTextAsync(path)).Replace("reviewed: 2026-11-01", "reviewed: 2020-01-15", StringComparison.Ordinal));
        await using var sut = await GeneBotHarness.StartAsync(corpus: corpus.Path);

        // Act
        var fields = await SourceFieldsAsync(sut, "what does gene therapy trial 0 use vec0 for?");

        // Assert
        Assert.NotEmpty(fields);
        Assert.All(fields, f => Assert.Contains("Reviewed Jan 2020 (possibly out of date)", f, StringComparison.Ordinal));
    }
}
