using System.Text.Json.Nodes;
using GeneBot.Adapters.Discord;
using GeneBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace GeneBot.Tests.Adapters.Discord;

/// <summary>Bot:ReplyInThreads end to end through FakeDiscord (which starts a thread with the question's id).</summary>
public sealed class ThreadTests
{
    private const string MessageCreate = "MESSAGE_CREATE";

    private static Dictionary<string, string?> Threads(bool on = true) => new() { ["Bot:ReplyInThreads"] = on ? "true" : "false" };

    private static JsonObject InThread(string text, string threadId, bool mention = false) =>
        mention ? Some.Mention(text, channelId: threadId) : Some.Message(text, threadId, Some.GuildId, author: null, mentionsBot: false);

    private static Task<GeneBot.Discord.Testing.Rest.CreatedMessage> WaitForMessageInAsync(GeneBotHarness sut, string channel, int count) =>
        sut.Discord.Messages.WaitForAsync(_ => sut.Discord.Messages.Snapshot().Count(m => m.ChannelOrWebhook == channel) >= count, Timeouts.Wait, $"{count} messages in {channel}");

    [Fact]
    public async Task A_mention_is_answered_in_a_new_thread_started_on_the_question()
    {
        // Arrange
        await using var sut = await GeneBotHarness.StartAsync(Threads());

        // Act
        var question = await sut.SendAsync(MessageCreate, Some.Mention("what is t-vec (imlygic)?"));
        var answer = await WaitForMessageInAsync(sut, question, 1);

        // Assert
        var start = Assert.Single(sut.Discord.Requests.Snapshot(), r => r.Template.EndsWith("/threads", StringComparison.Ordinal));
        Assert.Contains($"/channels/{Some.ChannelId}/messages/{question}/threads", start.Path, StringComparison.Ordinal);
        Assert.Equal("what is t-vec (imlygic)?", start.Json.GetProperty("name").GetString());
        Assert.NotNull(SentJson.Embed(answer.Body));
        Assert.Null(GeneBotHarness.ReferencedId(answer));
        Assert.DoesNotContain(sut.Discord.Messages.Snapshot(), m => m.ChannelOrWebhook == Some.ChannelId);
        Assert.Empty(sut.Discord.SchemaViolations.Snapshot());
    }

    [Fact]
    public async Task A_message_in_genebot_s_thread_is_a_follow_up_answered_without_a_mention()
    {
        // Arrange
        await using var sut = await GeneBotHarness.StartAsync(Threads());
        var thread = await sut.SendAsync(MessageCreate, Some.Mention("what is t-vec (imlygic)?"));
        await WaitForMessageInAsync(sut, thread, 1);

        // Act
        await sut.SendAsync(MessageCreate, InThread("and how is it given?", thread));
        var followUp = await WaitForMessageInAsync(sut, thread, 2);

        // Assert
        var last = sut.Discord.Messages.Snapshot().Last(m => m.ChannelOrWebhook == thread);
        Assert.Contains("T-VEC", last.Body.GetRawText(), StringComparison.Ordinal);
        Assert.Single(sut.Discord.Requests.Snapshot(), r => r.Template.EndsWith("/threads", StringComparison.Ordinal));
        Assert.Equal(1, sut.Host.Services.GetRequiredService<BotThreads>().Count);
        Assert.NotNull(followUp);
    }

    [Fact]
    public async Task Another_member_s_message_in_genebot_s_thread_follows_the_thread_s_topic()
    {
        // Arrange
        await using var sut = await GeneBotHarness.StartAsync(Threads());
        var thread = await sut.SendAsync(MessageCreate, Some.Mention("what is t-vec (imlygic)?"));
        await WaitForMessageInAsync(sut, thread, 1);
        var bob = new JsonObject { ["id"] = "1200000000000000005", ["username"] = "bob", ["global_name"] = "Bob" };

        // Act
        await sut.SendAsync(MessageCreate, Some.Message("and how is it given?", thread, Some.GuildId, bob, mentionsBot: false));
        await WaitForMessageInAsync(sut, thread, 2);

        // Assert
        var last = sut.Discord.Messages.Snapshot().Last(m => m.ChannelOrWebhook == thread);
        Assert.Contains("T-VEC", last.Body.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_message_content_an_unmentioned_message_in_the_thread_is_left_alone_but_a_mention_is_answered()
    {
        // Arrange
        await using var sut = await GeneBotHarness.StartAsync(Threads());
        var thread = await sut.SendAsync(MessageCreate, Some.Mention("what is t-vec (imlygic)?"));
        await WaitForMessageInAsync(sut, thread, 1);

        // Act: without the Message Content intent Discord sends an unmentioned message with empty content
        var empty = await sut.SendAsync(MessageCreate, InThread("", thread));
        var mentioned = await sut.SendAsync(MessageCreate, InThread("and how is it given?", thread, mention: true));
        await WaitForMessageInAsync(sut, thread, 2);

        // Assert: events are handled in order, so the mention's answer proves the empty message was handled first
        Assert.Equal(2, sut.Discord.Messages.Snapshot().Count(m => m.ChannelOrWebhook == thread));
        Assert.Empty(sut.RepliesTo(empty));
        Assert.NotNull(mentioned);
    }

    [Fact]
    public async Task An_archived_thread_is_left_alone()
    {
        // Arrange
        await using var sut = await GeneBotHarness.StartAsync(Threads());
        var thread = await sut.SendAsync(MessageCreate, Some.Mention("what is t-vec (imlygic)?"));
        await WaitForMessageInAsync(sut, thread, 1);

        // Act
        await sut.Discord.DispatchAsync("THREAD_UPDATE", new JsonObject
        {
            ["id"] = thread, ["type"] = 11, ["guild_id"] = Some.GuildId, ["parent_id"] = Some.ChannelId, ["name"] = "what is t-vec (imlygic)?",
            ["thread_metadata"] = new JsonObject { ["archived"] = true, ["locked"] = false, ["auto_archive_duration"] = 1440, ["archive_timestamp"] = "2026-01-01T00:00:00.000000+00:00" },
        });
        await sut.SendAsync(MessageCreate, InThread("and how is it given?", thread));
        var elsewhere = await sut.SendAsync(MessageCreate, Some.DirectMessage("what is crispr?"));
        await sut.WaitForReplyToAsync(elsewhere);

        // Assert
        Assert.Equal(1, sut.Discord.Messages.Snapshot().Count(m => m.ChannelOrWebhook == thread));
        Assert.Equal(0, sut.Host.Services.GetRequiredService<BotThreads>().Count);
    }

    [Fact]
    public async Task Off_by_default_a_mention_gets_a_reply_and_no_thread()
    {
        // Arrange
        await using var sut = await GeneBotHarness.StartAsync();

        // Act
        var question = await sut.SendAsync(MessageCreate, Some.Mention("what is crispr?"));
        await sut.WaitForReplyToAsync(question);

        // Assert
        Assert.Equal(0, sut.CountRequests("POST", "/threads"));
    }

    [Fact]
    public async Task A_refused_thread_falls_back_to_a_reply_in_the_channel()
    {
        // Arrange
        await using var sut = await GeneBotHarness.StartAsync(Threads());
        sut.Discord.EnqueueFault("/threads", new GeneBot.Discord.Testing.Rest.RestFault(403, """{"message":"Missing Permissions","code":50013}"""));

        // Act
        var question = await sut.SendAsync(MessageCreate, Some.Mention("what is crispr?"));
        var reply = await sut.WaitForReplyToAsync(question);

        // Assert
        Assert.Equal(Some.ChannelId, reply.ChannelOrWebhook);
        Assert.Equal(0, sut.Host.Services.GetRequiredService<BotThreads>().Count);
    }

    [Theory]
    [InlineData("", "GeneBot answer")]
    [InlineData("what is car-t?\nthanks", "what is car-t? thanks")]
    public void A_thread_is_named_after_the_question(string question, string expected) =>
        Assert.Equal(expected, MessageCreateHandler.ThreadName(question));

    [Fact]
    public void A_long_question_is_shortened_to_discord_s_thread_name_limit() =>
        Assert.InRange(MessageCreateHandler.ThreadName(new string('a', 300)).Length, 1, MessageCreateHandler.MaxThreadName);
}
