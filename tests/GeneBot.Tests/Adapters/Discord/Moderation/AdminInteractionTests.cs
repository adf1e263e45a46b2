using System.Text.Json;
using GeneBot.Chat;
using GeneBot.Discord.Models;
using GeneBot.Tests.Support;

namespace GeneBot.Tests.Adapters.Discord.Moderation;

/// <summary>/reindex, /stats and the rate limits, end to end through FakeDiscord.</summary>
public sealed class AdminInteractionTests
{
    private const string InteractionCreate = "INTERACTION_CREATE";
    private const string MessageCreate = "MESSAGE_CREATE";

    [Fact]
    public async Task Reindex_defers_then_edits_its_reply_with_the_report_naming_a_broken_file()
    {
        // Arrange
        using var corpus = new TempDirectory();
        GeneratedCorpus.Write(corpus, articles: 400);
        await using var sut = await GeneBotHarness.StartAsync(SomeInteraction.Settings(), corpus: corpus.Path);
        corpus.Write("articles/broken.md", "---\nid: broken\ntitle: [unclosed\n---\n\n## A\n\nText.\n");
        GeneratedCorpus.Write(corpus, articles: 1, from: 400);
        var interaction = SomeInteraction.Command("reindex", SomeInteraction.Member("32"));
        var webhook = $"{interaction["application_id"]}/{interaction["token"]}";

        // Act
        var callback = await sut.WaitForCallbackAsync(await sut.SendAsync(InteractionCreate, interaction));
        var report = await sut.Discord.Messages.WaitForAsync(
            m => m.ChannelOrWebhook == webhook && (m.Content ?? "").StartsWith("Reindexed", StringComparison.Ordinal), Timeouts.Wait * 2, "the report");
        var question = await sut.WaitForCallbackAsync(await sut.SendAsync(InteractionCreate, Some.SlashCommand("ask", "question", "what vector does gene therapy trial 400 use?")));

        // Assert
        Assert.Equal(InteractionResponse.DeferredChannelMessageWithSource, callback.Json.GetProperty("type").GetInt32());
        Assert.Equal(MessageFlags.Ephemeral, callback.Json.GetProperty("data").GetProperty("flags").GetInt32());
        var edits = sut.Discord.Messages.Snapshot().Where(m => m.ChannelOrWebhook == webhook).Select(m => m.Content ?? "").ToArray();
        Assert.StartsWith("Reindexing", edits[0], StringComparison.Ordinal);
        Assert.Contains("401 articles", report.Content, StringComparison.Ordinal);
        Assert.Contains("Added: trial-400", report.Content, StringComparison.Ordinal);
        Assert.Matches(@"articles/broken\.md:\d+: ", report.Content);
        Assert.Contains("vec400", question.Json.GetRawText(), StringComparison.Ordinal);
        Assert.Empty(sut.Discord.SchemaViolations.Snapshot());
    }

    [Fact]
    public async Task Reindex_of_a_large_corpus_shows_progress_while_questions_are_still_answered()
    {
        // Arrange
        using var corpus = new TempDirectory();
        GeneratedCorpus.Write(corpus, articles: 1500, sections: 4);
        var settings = SomeInteraction.Settings();
        settings["Corpus:ProgressInterval"] = "00:00:00.100";
        await using var sut = await GeneBotHarness.StartAsync(settings, corpus: corpus.Path);
        GeneratedCorpus.Write(corpus, articles: 1500, sections: 4, variant: "b");
        var interaction = SomeInteraction.Command("reindex", SomeInteraction.Member("8"));
        var webhook = $"{interaction["application_id"]}/{interaction["token"]}";

        // Act
        await sut.WaitForCallbackAsync(await sut.SendAsync(InteractionCreate, interaction));
        var progress = await sut.Discord.Messages.WaitForAsync(
            m => m.ChannelOrWebhook == webhook && System.Text.RegularExpressions.Regex.IsMatch(m.Content ?? "", @"^Reindexing: \d+/1500 articles"), Timeouts.Wait * 2, "a progress edit");
        var during = await sut.WaitForCallbackAsync(await sut.SendAsync(InteractionCreate, Some.SlashCommand("ask", "question", "what vector does gene therapy trial 12 use?")));
        var report = await sut.Discord.Messages.WaitForAsync(
            m => m.ChannelOrWebhook == webhook && (m.Content ?? "").StartsWith("Reindexed", StringComparison.Ordinal), Timeouts.Wait * 4, "the report");

        // Assert
        Assert.Contains("passages so far", progress.Content, StringComparison.Ordinal);
        Assert.Contains("vec12", during.Json.GetRawText(), StringComparison.Ordinal);
        Assert.Contains("Changed: trial-0", report.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stats_shows_admins_answers_abstentions_feedback_and_the_top_unanswered_questions()
    {
        // Arrange
        await using var sut = await GeneBotHarness.StartAsync(SomeInteraction.Settings());
        await sut.WaitForReplyToAsync(await sut.SendAsync(MessageCreate, Some.Mention("what is CAR-T cell therapy?")));
        await sut.WaitForReplyToAsync(await sut.SendAsync(MessageCreate, Some.Mention("which pizza topping is best in naples?")));
        await sut.WaitForReplyToAsync(await sut.SendAsync(MessageCreate, Some.Mention("Which pizza topping is best in Naples")));
        await sut.WaitForCallbackAsync(await sut.SendAsync(InteractionCreate, SomeInteraction.Subcommand("faq", "show", null, ("key", "what-is-car-t"))));

        // Act
        var callback = await sut.WaitForCallbackAsync(await sut.SendAsync(InteractionCreate,
            SomeInteraction.Command("stats", SomeInteraction.Member(SomeInteraction.Everyone, SomeInteraction.AdminRoleId), ("days", 7))));

        // Assert
        var data = callback.Json.GetProperty("data");
        Assert.Equal(MessageFlags.Ephemeral, data.GetProperty("flags").GetInt32());
        var text = SentJson.Content(data)!;
        Assert.Contains("Questions answered: 1, abstained: 2", text, StringComparison.Ordinal);
        Assert.Contains("2× which pizza topping is best in naples", text, StringComparison.Ordinal);
        Assert.Contains("1× what-is-car-t", text, StringComparison.Ordinal);
        Assert.Contains("over the last 7 days", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_member_over_the_question_limit_gets_one_short_notice_per_question_not_silence()
    {
        // Arrange
        var settings = SomeInteraction.Settings();
        settings["RateLimits:QuestionsPerUser"] = "2";
        await using var sut = await GeneBotHarness.StartAsync(settings);

        // Act
        var replies = new List<JsonElement>();
        for (var i = 0; i < 3; i++)
            replies.Add((await sut.WaitForCallbackAsync(await sut.SendAsync(InteractionCreate, Some.SlashCommand("ask", "question", "what is crispr?")))).Json);
        var mention = await sut.WaitForReplyToAsync(await sut.SendAsync(MessageCreate, Some.Mention("what is crispr?")));

        // Assert
        Assert.NotNull(SentJson.Embed(replies[0].GetProperty("data")));
        Assert.NotNull(SentJson.Embed(replies[1].GetProperty("data")));
        var notice = replies[2].GetProperty("data");
        Assert.Equal(ChatErrors.TooManyQuestions.Text, SentJson.Content(notice));
        Assert.Equal(MessageFlags.Ephemeral, notice.GetProperty("flags").GetInt32());
        Assert.Equal(ChatErrors.TooManyQuestions.Text, mention.Content);
    }
}
