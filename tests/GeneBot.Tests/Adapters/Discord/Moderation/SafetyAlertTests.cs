using GeneBot.Tests.Support;

namespace GeneBot.Tests.Adapters.Discord.Moderation;

/// <summary>Urgent and crisis messages in a server alert the moderators with a jump link, never the member's words.</summary>
public sealed class SafetyAlertTests
{
    private const string ModeratorChannel = "1300000000000000077";

    private static Dictionary<string, string?> WithModeratorChannel() => new() { ["Bot:ModeratorChannelId"] = ModeratorChannel };

    [Fact]
    public async Task An_urgent_mention_alerts_the_moderators_with_a_jump_link_and_not_the_text()
    {
        // Arrange
        await using var sut = await GeneBotHarness.StartAsync(WithModeratorChannel());

        // Act
        var question = await sut.SendAsync("MESSAGE_CREATE", Some.Mention("my husband had car t 4 days ago and tonight he is confused and feverish"));
        await sut.WaitForReplyToAsync(question);
        var alert = await sut.Discord.Messages.WaitForAsync(m => m.ChannelOrWebhook == ModeratorChannel, Timeouts.Wait, "a safety alert");

        // Assert
        var content = alert.Body.GetProperty("content").GetString()!;
        Assert.Contains("urgent symptoms", content);
        Assert.Contains($"https://discord.com/channels/{Some.GuildId}/{Some.ChannelId}/{question}", content);
        Assert.DoesNotContain("husband", content);
        Assert.DoesNotContain("confused", content);
        SentJson.AssertPingsNoOne(alert.Body);
    }

    [Fact]
    public async Task An_informational_question_raises_no_alert()
    {
        // Arrange
        await using var sut = await GeneBotHarness.StartAsync(WithModeratorChannel());

        // Act: an informational question, then an urgent one; only the second may alert.
        var plain = await sut.SendAsync("MESSAGE_CREATE", Some.Mention("what are the warning signs of crs?"));
        await sut.WaitForReplyToAsync(plain);
        var urgent = await sut.SendAsync("MESSAGE_CREATE", Some.Mention("help my dad is having a seizure after car t"));
        await sut.WaitForReplyToAsync(urgent);
        await sut.Discord.Messages.WaitForAsync(m => m.ChannelOrWebhook == ModeratorChannel, Timeouts.Wait, "the urgent alert");

        // Assert
        var alerts = sut.Discord.Messages.Snapshot().Where(m => m.ChannelOrWebhook == ModeratorChannel).ToArray();
        var alert = Assert.Single(alerts);
        Assert.Contains(urgent, alert.Body.GetProperty("content").GetString());
    }
}
