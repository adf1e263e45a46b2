using GeneBot.Discord.Testing;
using GeneBot.Discord.Testing.Gateway;
using GeneBot.Hosting;
using GeneBot.Tests.Support;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace GeneBot.Tests.Hosting;

/// <summary>The hosted worker as a whole, in process: secrets, fatal conditions and settings validated on start.</summary>
public sealed class GeneBotHostTests
{
    private const string SecretToken = "MTIzNDU2Nzg5MDEyMzQ1Njc4.SECRET.genebot-token-that-must-never-leak";

    [Fact]
    public async Task The_token_never_appears_in_a_log_line_even_when_discord_rejects_it()
    {
        // Arrange
        await using var discord = await FakeDiscordServer.StartAsync(SecretToken);
        await using var sut = await GeneBotHarness.StartAsync(discord: discord);

        // Act
        var question = await sut.SendAsync("MESSAGE_CREATE", Some.Mention("what is crispr?"));
        await sut.WaitForReplyToAsync(question);
        await sut.WaitForCallbackAsync(await sut.SendAsync("INTERACTION_CREATE", Some.SlashCommand("ask", "question", "what is CAR-T?")));
        await discord.CloseAsync(4004, "Authentication failed.");
        await sut.Host.WaitForShutdownAsync().WaitAsync(Timeouts.Wait);

        // Assert
        Assert.Contains(discord.Frames.Snapshot(), f => f.Text.Contains(SecretToken, StringComparison.Ordinal));
        Assert.NotEmpty(sut.Logs.Lines);
        Assert.DoesNotContain(sut.Logs.Lines, line => line.Contains("SECRET", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_fatal_gateway_close_stops_the_host_with_one_clear_line_and_a_non_zero_exit_code()
    {
        // Arrange
        await using var sut = await GeneBotHarness.StartAsync(new Dictionary<string, string?> { ["Discord:MessageContent"] = "true" });

        // Act
        await sut.Discord.CloseAsync(4014, "Disallowed intent(s).");
        await sut.Host.WaitForShutdownAsync().WaitAsync(Timeouts.Wait);

        // Assert
        Assert.Equal(ExitCodes.DiscordRefused, sut.Exit.Code);
        var stops = sut.Logs.Lines.Where(line => line.Contains("GeneBot stops", StringComparison.Ordinal)).ToArray();
        var line = Assert.Single(stops);
        Assert.StartsWith("Critical", line, StringComparison.Ordinal);
        Assert.Contains("4014", line, StringComparison.Ordinal);
        Assert.Contains("Message Content intent", line, StringComparison.Ordinal);
        Assert.Single(sut.Discord.Connections.Snapshot());
    }

    [Fact]
    public async Task Invalid_discord_settings_stop_the_start_naming_the_setting()
    {
        // Act
        var error = await Assert.ThrowsAnyAsync<OptionsValidationException>(() =>
            GeneBotHarness.StartAsync(new Dictionary<string, string?> { ["Discord:GuildIds"] = "not-a-guild" }));

        // Assert
        Assert.Contains("GuildIds", error.Message, StringComparison.Ordinal);
        Assert.Contains("not-a-guild", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_identify_carries_the_configured_shard_and_intents()
    {
        // Arrange
        await using var discord = await FakeDiscordServer.StartAsync();

        // Act
        await using var sut = await GeneBotHarness.StartAsync(
            new Dictionary<string, string?> { ["Discord:MessageContent"] = "true", ["Discord:ShardId"] = "0", ["Discord:ShardCount"] = "1" }, discord: discord);
        var identify = discord.Frames.Snapshot().Single(f => f.Op == GatewayFrame.Identify);

        // Assert
        Assert.Equal(1 | 512 | 4096 | 32768, identify.Data.GetProperty("intents").GetInt32());
        Assert.Equal([0, 1], identify.Data.GetProperty("shard").EnumerateArray().Select(s => s.GetInt32()));
    }
}
