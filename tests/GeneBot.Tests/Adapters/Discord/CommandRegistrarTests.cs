using GeneBot.Discord.Testing;
using GeneBot.Discord.Testing.Gateway;
using GeneBot.Tests.Support;

namespace GeneBot.Tests.Adapters.Discord;

/// <summary>Slash command registration against FakeDiscord, which keeps its commands across GeneBot restarts.</summary>
public sealed class CommandRegistrarTests
{
    private const string GuildCommands = "/guilds/{guild_id}/commands";
    private const string GlobalCommands = "/applications/{application_id}/commands";

    [Fact]
    public async Task Commands_are_registered_with_one_bulk_overwrite_and_not_again_when_unchanged()
    {
        // Arrange
        await using var discord = await FakeDiscordServer.StartAsync();

        // Act
        await using (await GeneBotHarness.StartAsync(discord: discord))
        {
        }
        var afterFirstStart = (Put: Count(discord, "PUT", GuildCommands), Get: Count(discord, "GET", GuildCommands));
        await using (await GeneBotHarness.StartAsync(discord: discord))
        {
        }

        // Assert
        Assert.Equal((1, 1), afterFirstStart);
        Assert.Equal(1, Count(discord, "PUT", GuildCommands));
        Assert.Equal(2, Count(discord, "GET", GuildCommands));
        Assert.Equal(0, Count(discord, "PUT", GlobalCommands));
        var registered = discord.Requests.Snapshot().Single(r => r.Method == "PUT").Json;
        Assert.Equal(["ask", "help", "faq", "reindex", "stats"], registered.EnumerateArray().Select(c => c.GetProperty("name").GetString()));
        Assert.Contains($"/guilds/{Some.GuildId}/commands", discord.Requests.Snapshot().Single(r => r.Method == "PUT").Path, StringComparison.Ordinal);
        Assert.Empty(discord.SchemaViolations.Snapshot());
    }

    [Fact]
    public async Task Without_guild_ids_commands_are_registered_globally()
    {
        // Arrange
        await using var discord = await FakeDiscordServer.StartAsync();

        // Act
        await using (await GeneBotHarness.StartAsync(new Dictionary<string, string?> { ["Discord:GuildIds"] = "" }, discord: discord))
        {
        }

        // Assert
        Assert.Equal(1, Count(discord, "PUT", GlobalCommands));
        Assert.Equal(0, Count(discord, "PUT", GuildCommands));
    }

    [Fact]
    public async Task A_new_session_does_not_register_the_commands_again()
    {
        // Arrange
        await using var sut = await GeneBotHarness.StartAsync();
        var firstSession = sut.Gateway.SessionId;

        // Act
        await sut.Discord.CloseAsync(4009, "Session timed out.");
        await sut.Discord.WaitForFrameAsync(f => f.Op == GatewayFrame.Identify && f.ConnectionId > 1, Timeouts.Wait, "a second identify");
        await Timeouts.UntilAsync(() => sut.Gateway.SessionId is { } session && session != firstSession && session == sut.Discord.SessionId, "a new session");
        var question = await sut.SendAsync("MESSAGE_CREATE", Some.Mention("what is crispr?"));
        await sut.WaitForReplyToAsync(question);

        // Assert
        Assert.Equal(1, Count(sut.Discord, "GET", GuildCommands));
        Assert.Equal(1, Count(sut.Discord, "PUT", GuildCommands));
    }

    private static int Count(FakeDiscordServer discord, string method, string templateEnd) =>
        discord.Requests.Snapshot().Count(r => r.Method == method && r.Template.EndsWith(templateEnd, StringComparison.Ordinal));
}
