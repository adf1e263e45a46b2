using GeneBot.Discord.Testing;
using GeneBot.Discord.Testing.Gateway;
using GeneBot.Hosting;
using GeneBot.Tests.Support;

namespace GeneBot.Tests.Hosting;

/// <summary>The built app run with no verb as a child process against FakeDiscord, configured only by environment variables.</summary>
public sealed class WorkerProcessTests : IDisposable
{
    private readonly TempDirectory work = new();

    private Dictionary<string, string> Env(FakeDiscordServer discord, string token)
    {
        var env = Support.Cli.Env(Repo.Corpus, work.Combine("index"));
        env["Discord__Token"] = token;
        env["Discord__ApiBaseUrl"] = discord.ApiBaseUrl.ToString();
        env["Discord__GuildIds"] = Some.GuildId;
        return env;
    }

    [Fact]
    public async Task A_fatal_gateway_close_ends_the_process_with_a_non_zero_exit_code()
    {
        // Arrange
        await using var discord = await FakeDiscordServer.StartAsync();

        // Act
        var run = Support.Cli.RunAsync(work.Path, Env(discord, discord.Token), null);
        await discord.WaitForFrameAsync(f => f.Op == GatewayFrame.Identify, TimeSpan.FromSeconds(60), "the worker's identify");
        await discord.CloseAsync(4004, "Authentication failed.");
        var result = await run;

        // Assert
        Assert.Equal(ExitCodes.DiscordRefused, result.ExitCode);
        Assert.Single(Lines(result), line => line.Contains("GeneBot stops", StringComparison.Ordinal) && line.Contains("4004", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_rejected_token_ends_the_process_with_a_non_zero_exit_code_without_printing_it()
    {
        // Arrange
        await using var discord = await FakeDiscordServer.StartAsync();
        const string wrongToken = "WRONG.token.SECRET-do-not-print";

        // Act
        var result = await Support.Cli.RunAsync(work.Path, Env(discord, wrongToken), null);

        // Assert
        Assert.Equal(ExitCodes.DiscordRefused, result.ExitCode);
        Assert.Single(Lines(result), line => line.Contains("Discord__Token", StringComparison.Ordinal) && line.Contains("GeneBot stops", StringComparison.Ordinal));
        Assert.DoesNotContain("SECRET", result.Stdout + result.Stderr, StringComparison.Ordinal);
    }

    private static IEnumerable<string> Lines(Support.Cli.Result result) => (result.Stdout + "\n" + result.Stderr).Split('\n');

    public void Dispose() => work.Dispose();
}
