using System.Text.Json.Nodes;
using GeneBot.Tests.Support;

namespace GeneBot.Tests.Adapters.Discord;

/// <summary>Follow-up questions resolved through Discord: per member and place, and only while the conversation is fresh.</summary>
public sealed class ConversationThroughDiscordTests
{
    private const string MessageCreate = "MESSAGE_CREATE";
    private const string Topic = "what is t-vec (imlygic)?";
    private const string FollowUp = "and how is it given?";

    private static JsonObject Bob => new() { ["id"] = "1200000000000000005", ["username"] = "bob", ["global_name"] = "Bob" };

    private static async Task<string> AskAsync(GeneBotHarness sut, JsonObject message)
    {
        var id = await sut.SendAsync(MessageCreate, message);
        return (await sut.WaitForReplyToAsync(id)).Body.GetRawText();
    }

    [Fact]
    public async Task A_follow_up_after_a_mention_in_the_same_channel_is_answered_about_the_earlier_topic()
    {
        // Arrange
        await using var sut = await GeneBotHarness.StartAsync();
        await AskAsync(sut, Some.Mention(Topic));

        // Act
        var followUp = await AskAsync(sut, Some.Mention(FollowUp));

        // Assert
        Assert.Contains("T-VEC", followUp, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_member_or_another_channel_does_not_share_the_topic()
    {
        // Arrange
        await using var sut = await GeneBotHarness.StartAsync();
        var alone = await AskAsync(sut, Some.Mention(FollowUp, channelId: Some.OtherChannelId, author: Bob));
        await AskAsync(sut, Some.Mention(Topic));

        // Act
        var otherMember = await AskAsync(sut, Some.Mention(FollowUp, author: Bob));
        var otherChannel = await AskAsync(sut, Some.Mention(FollowUp, channelId: Some.OtherChannelId));

        // Assert: each is answered as the stand-alone question, not about T-VEC
        Assert.DoesNotContain("T-VEC", alone, StringComparison.Ordinal);
        Assert.DoesNotContain("T-VEC", otherMember, StringComparison.Ordinal);
        Assert.DoesNotContain("T-VEC", otherChannel, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_expired_conversation_is_not_followed_up()
    {
        // Arrange: a conversation forgotten as soon as it is remembered (FakeTimeProvider covers the ten minutes in ConversationMemoryTests)
        await using var sut = await GeneBotHarness.StartAsync(new Dictionary<string, string?> { ["Conversation:Ttl"] = "00:00:00" });
        await AskAsync(sut, Some.Mention(Topic));

        // Act
        var followUp = await AskAsync(sut, Some.Mention(FollowUp));

        // Assert
        Assert.DoesNotContain("T-VEC", followUp, StringComparison.Ordinal);
    }
}
