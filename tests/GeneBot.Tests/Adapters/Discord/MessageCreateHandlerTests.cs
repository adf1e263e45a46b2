using GeneBot.Adapters.Discord.Rendering;
using GeneBot.Knowledge.Answers;
using GeneBot.Tests.Support;

namespace GeneBot.Tests.Adapters.Discord;

/// <summary>Mentions and DMs, end to end: the real host, FakeDiscord on loopback and an index of the bundled corpus.</summary>
public sealed class MessageCreateHandlerTests
{
    private const string MessageCreate = "MESSAGE_CREATE";

    [Fact]
    public async Task A_mention_gets_exactly_one_cited_embed_reply_that_references_the_question()
    {
        // Arrange
        await using var sut = await GeneBotHarness.StartAsync();

        // Act
        var question = await sut.SendAsync(MessageCreate, Some.Mention("what is CAR-T cell therapy?", nicknameForm: true));
        var reply = await sut.WaitForReplyToAsync(question);
        var later = await sut.SendAsync(MessageCreate, Some.Mention("what is crispr?"));
        await sut.WaitForReplyToAsync(later);

        // Assert
        Assert.Single(sut.RepliesTo(question));
        Assert.Equal(Some.ChannelId, reply.ChannelOrWebhook);
        var reference = reply.Body.GetProperty("message_reference");
        Assert.Equal(question, reference.GetProperty("message_id").GetString());
        Assert.False(reference.GetProperty("fail_if_not_exists").GetBoolean());
        SentJson.AssertPingsNoOne(reply.Body);

        var embed = SentJson.Embed(reply.Body)!.Value;
        Assert.Equal(AnswerEmbed.Title, embed.GetProperty("title").GetString());
        Assert.StartsWith("[1] ", embed.GetProperty("description").GetString());
        var fields = embed.GetProperty("fields").EnumerateArray().ToArray();
        Assert.NotEmpty(fields);
        Assert.All(fields.Select((f, i) => (f, i)), x => Assert.StartsWith($"[{x.i + 1}] ", x.f.GetProperty("name").GetString()));
        Assert.Contains(fields, f => f.GetProperty("value").GetString()!.Contains(GeneBotHarness.ArticleBaseUrl, StringComparison.Ordinal));
        Assert.Equal(ReplyText.Disclaimer, embed.GetProperty("footer").GetProperty("text").GetString());
        Assert.Empty(sut.Discord.SchemaViolations.Snapshot());
    }

    [Fact]
    public async Task A_direct_message_is_answered_without_a_mention()
    {
        // Arrange
        await using var sut = await GeneBotHarness.StartAsync();

        // Act
        var question = await sut.SendAsync(MessageCreate, Some.DirectMessage("are oncolytic viruses safe?"));
        var reply = await sut.WaitForReplyToAsync(question);

        // Assert
        Assert.NotNull(SentJson.Embed(reply.Body));
        SentJson.AssertPingsNoOne(reply.Body);
    }

    [Fact]
    public async Task Bots_genebot_itself_and_guild_messages_without_a_mention_are_ignored()
    {
        // Arrange
        await using var sut = await GeneBotHarness.StartAsync();

        // Act
        var fromBot = await sut.SendAsync(MessageCreate, Some.Mention("what is crispr?", author: Some.OtherBot));
        var fromItself = await sut.SendAsync(MessageCreate, Some.Mention("what is crispr?", author: Some.GeneBotItself));
        var unmentioned = await sut.SendAsync(MessageCreate, Some.Message("what is crispr?", Some.ChannelId, Some.GuildId, author: null, mentionsBot: false));
        var human = await sut.SendAsync(MessageCreate, Some.Mention("what is crispr?"));
        await sut.WaitForReplyToAsync(human);

        // Assert: one worker handles events in order, so the human's reply comes after the others were handled
        Assert.Empty(sut.RepliesTo(fromBot));
        Assert.Empty(sut.RepliesTo(fromItself));
        Assert.Empty(sut.RepliesTo(unmentioned));
        Assert.Single(sut.Discord.Messages.Snapshot());
    }

    [Fact]
    public async Task With_an_allow_list_only_its_channels_and_dms_are_answered()
    {
        // Arrange
        await using var sut = await GeneBotHarness.StartAsync(new Dictionary<string, string?> { ["Discord:AllowedChannelIds"] = Some.ChannelId });

        // Act
        var elsewhere = await sut.SendAsync(MessageCreate, Some.Mention("what is crispr?", channelId: Some.OtherChannelId));
        var direct = await sut.SendAsync(MessageCreate, Some.DirectMessage("what is crispr?"));
        var allowed = await sut.SendAsync(MessageCreate, Some.Mention("what is crispr?", channelId: Some.ChannelId));
        await sut.WaitForReplyToAsync(allowed);

        // Assert
        Assert.Empty(sut.RepliesTo(elsewhere));
        Assert.Single(sut.RepliesTo(direct));
        Assert.Single(sut.RepliesTo(allowed));
    }

    [Fact]
    public async Task Everyone_and_here_in_a_question_ping_no_one()
    {
        // Arrange
        await using var sut = await GeneBotHarness.StartAsync();

        // Act
        var answered = await sut.SendAsync(MessageCreate, Some.Mention("@everyone @here what is crispr?"));
        var abstained = await sut.SendAsync(MessageCreate, Some.Mention("@everyone which pizza is best in naples @here"));
        var first = await sut.WaitForReplyToAsync(answered);
        var second = await sut.WaitForReplyToAsync(abstained);

        // Assert
        foreach (var reply in new[] { first, second })
        {
            SentJson.AssertPingsNoOne(reply.Body);
            Assert.DoesNotContain("@everyone", reply.Body.GetRawText(), StringComparison.Ordinal);
            Assert.DoesNotContain("@here", reply.Body.GetRawText(), StringComparison.Ordinal);
        }
        Assert.NotNull(SentJson.Content(second.Body));
        Assert.Null(SentJson.Embed(second.Body));
    }

    [Fact]
    public async Task Everyone_and_here_in_the_corpus_ping_no_one()
    {
        // Arrange
        using var corpus = new TempDirectory();
        corpus.Write("articles/vector-news.md", """
            ---
            id: vector-news
            title: Vector news for @everyone
            summary: A test article whose text tries to ping the whole server.
            tags: [vectors]
            reviewed: 2026-08-20
            ---

            ## What a zebrafish vector is

            @everyone a zebrafish vector is a made-up carrier that moves a glowing gene into zebrafish cells. @here it is only a test.
            """);
        corpus.Write("faq/zebrafish.md", """
            ---
            key: zebrafish
            aliases: []
            title: Zebrafish vectors @here
            link: vector-news
            ---
            @everyone Zebrafish vectors are a made-up example.
            """);
        File.Copy(Path.Combine(Repo.Corpus, "triage.yml"), corpus.Combine("triage.yml"));
        await using var sut = await GeneBotHarness.StartAsync(corpus: corpus.Path);

        // Act
        var question = await sut.SendAsync(MessageCreate, Some.Mention("what is a zebrafish vector?"));
        var reply = await sut.WaitForReplyToAsync(question);
        var faq = await sut.SendAsync("INTERACTION_CREATE", Some.SlashCommand("faq", "key", "zebrafish"));
        var faqReply = await sut.WaitForCallbackAsync(faq);

        // Assert
        Assert.Contains("everyone", SentJson.Embed(reply.Body)!.Value.GetProperty("description").GetString());
        SentJson.AssertPingsNoOne(reply.Body);
        var data = faqReply.Json.GetProperty("data");
        Assert.Contains("@here", SentJson.Embed(data)!.Value.GetProperty("title").GetString());
        SentJson.AssertPingsNoOne(data);
    }
}
