using GeneBot.Discord.Models;
using GeneBot.Privacy;
using GeneBot.Tests.Support;

namespace GeneBot.Tests.Adapters.Discord;

/// <summary>Questions with personal health details, end to end: answered where only the member sees them, and never repeated in public.</summary>
public sealed class PrivateReplyPolicyTests
{
    private const string Personal = "My husband Tom, 52, has lymphoma. What is CAR-T cell therapy?";
    private static readonly string[] Details = ["Tom", "52", "husband", "lymphoma"];

    [Fact]
    public async Task A_mention_with_personal_details_is_answered_in_a_dm_and_the_public_reply_repeats_none_of_them()
    {
        // Arrange
        await using var sut = await GeneBotHarness.StartAsync();

        // Act
        var question = await sut.SendAsync("MESSAGE_CREATE", Some.Mention(Personal));
        var notice = await sut.WaitForReplyToAsync(question);
        var dmChannel = sut.Discord.DmChannels[Some.UserId];
        var answer = await sut.Discord.Messages.WaitForAsync(m => m.ChannelOrWebhook == dmChannel, Timeouts.Wait, "the answer in the DM");

        // Assert
        Assert.Equal(Some.ChannelId, notice.ChannelOrWebhook);
        Assert.Equal(PrivacyText.SentToDm, SentJson.Content(notice.Body));
        Assert.Null(SentJson.Embed(notice.Body));
        Assert.All(Details, d => Assert.DoesNotContain(d, Shown(notice), StringComparison.Ordinal));
        SentJson.AssertPingsNoOne(notice.Body);
        Assert.Contains(PrivacyText.DmLead, SentJson.Content(answer.Body));
        Assert.NotNull(SentJson.Embed(answer.Body));
        SentJson.AssertPingsNoOne(answer.Body);
        Assert.Equal(2, sut.Discord.Messages.Snapshot().Count);
        Assert.Empty(sut.Discord.SchemaViolations.Snapshot());
    }

    [Fact]
    public async Task When_the_member_takes_no_dms_the_public_reply_asks_them_to_ask_privately()
    {
        // Arrange
        await using var sut = await GeneBotHarness.StartAsync();
        sut.Discord.AllowDms = false;

        // Act
        var question = await sut.SendAsync("MESSAGE_CREATE", Some.Mention(Personal));
        var notice = await sut.WaitForReplyToAsync(question);

        // Assert
        Assert.Contains(PrivacyText.AskPrivately, SentJson.Content(notice.Body));
        Assert.All(Details, d => Assert.DoesNotContain(d, Shown(notice), StringComparison.Ordinal));
        Assert.Single(sut.Discord.Messages.Snapshot());
        SentJson.AssertPingsNoOne(notice.Body);
    }

    [Fact]
    public async Task A_slash_question_with_personal_details_is_answered_ephemerally_and_says_why()
    {
        // Arrange
        await using var sut = await GeneBotHarness.StartAsync();

        // Act
        var id = await sut.SendAsync("INTERACTION_CREATE", Some.SlashCommand("ask", "question", Personal));
        var callback = await sut.WaitForCallbackAsync(id);

        // Assert
        var data = callback.Json.GetProperty("data");
        Assert.Equal(MessageFlags.Ephemeral, data.GetProperty("flags").GetInt32());
        Assert.StartsWith(PrivacyText.OnlyYouCanSee, SentJson.Content(data));
        Assert.Empty(sut.Discord.DmChannels);
    }

    [Fact]
    public async Task General_questions_and_dms_with_personal_details_are_answered_where_they_were_asked()
    {
        // Arrange
        await using var sut = await GeneBotHarness.StartAsync();

        // Act
        var general = await sut.SendAsync("MESSAGE_CREATE", Some.Mention("can people over 70 years old get CAR-T for lymphoma?"));
        var inDm = await sut.SendAsync("MESSAGE_CREATE", Some.DirectMessage(Personal));
        var generalReply = await sut.WaitForReplyToAsync(general);
        var dmReply = await sut.WaitForReplyToAsync(inDm);

        // Assert
        Assert.Equal(Some.ChannelId, generalReply.ChannelOrWebhook);
        Assert.DoesNotContain(PrivacyText.SentToDm, SentJson.Content(generalReply.Body) ?? "");
        Assert.NotNull(SentJson.Embed(dmReply.Body));
        Assert.Empty(sut.Discord.DmChannels);
        Assert.Equal(2, sut.Discord.Messages.Snapshot().Count);
    }

    /// <summary>What members see of a message: its content and embeds (not the nonce or other wire fields).</summary>
    private static string Shown(GeneBot.Discord.Testing.Rest.CreatedMessage message) =>
        (SentJson.Content(message.Body) ?? "") + (SentJson.Embed(message.Body)?.GetRawText() ?? "");
}
