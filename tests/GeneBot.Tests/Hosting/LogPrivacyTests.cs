using GeneBot.Discord.Testing;
using GeneBot.Tests.Support;

namespace GeneBot.Tests.Hosting;

/// <summary>What the host writes to its logs at Information level: no message content, no raw member id, no token.</summary>
public sealed class LogPrivacyTests
{
    private const string SecretToken = "MTIzNDU2Nzg5MDEyMzQ1Njc4.LOGSECRET.genebot-token-that-must-never-leak";

    [Fact]
    public async Task A_mention_and_a_slash_command_leave_no_content_user_id_or_token_in_information_logs()
    {
        // Arrange
        await using var discord = await FakeDiscordServer.StartAsync(SecretToken);
        await using var sut = await GeneBotHarness.StartAsync(
            new Dictionary<string, string?>
            {
                ["Logging:LogLevel:Default"] = "Information",
                ["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Information",
            },
            discord: discord);
        var slash = Some.SlashCommand("ask", "question", "what is crispr gene editing, asks the quokka?");
        var interactionToken = slash["token"]!.GetValue<string>();

        // Act
        var mention = await sut.SendAsync("MESSAGE_CREATE", Some.Mention("what is CAR-T cell therapy, wonders the wombat?"));
        await sut.WaitForReplyToAsync(mention);
        await sut.WaitForCallbackAsync(await sut.SendAsync("INTERACTION_CREATE", slash));
        var personal = await sut.SendAsync("MESSAGE_CREATE", Some.Mention("my husband Tom, 52, has DLBCL, what is CAR-T?"));
        await sut.WaitForReplyToAsync(personal);
        await Timeouts.UntilAsync(() => sut.Logs.Lines.Count(l => l.Contains("Answered", StringComparison.Ordinal)) >= 3, "three answered lines");
        var lines = sut.Logs.Lines.ToArray();

        // Assert
        Assert.Contains(lines, l => l.Contains("Answered message", StringComparison.Ordinal) && l.Contains("from u-", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("Answered interaction", StringComparison.Ordinal) && l.Contains("from u-", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.StartsWith("Debug", StringComparison.Ordinal) || l.StartsWith("Trace", StringComparison.Ordinal));
        foreach (var secret in new[] { "wombat", "quokka", "Tom", "DLBCL", Some.UserId, SecretToken, "LOGSECRET", interactionToken })
            Assert.DoesNotContain(lines, l => l.Contains(secret, StringComparison.Ordinal));
    }
}
