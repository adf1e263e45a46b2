using System.Diagnostics;
using GeneBot.Discord.Testing;
using GeneBot.Discord.Testing.Gateway;
using GeneBot.Tests.Support;

namespace GeneBot.Tests.Hosting;

/// <summary>SIGTERM to the real worker process (as docker stop sends it) against FakeDiscord on loopback: the gateway
/// closes with 1000 (no new questions), the reply in flight is still delivered, and the process exits 0 within the bound.</summary>
public sealed class GracefulShutdownTests : IDisposable
{
    private static readonly TimeSpan Startup = TimeSpan.FromSeconds(90);
    private readonly TempDirectory work = new();

    private Dictionary<string, string> Env(FakeDiscordServer discord, TimeSpan shutdownTimeout)
    {
        var env = Support.Cli.Env(Repo.Corpus, work.Combine("index"));
        env["Discord__Token"] = discord.Token;
        env["Discord__ApiBaseUrl"] = discord.ApiBaseUrl.ToString();
        env["Discord__GuildIds"] = Some.GuildId;
        env["Shutdown__Timeout"] = shutdownTimeout.ToString("c", System.Globalization.CultureInfo.InvariantCulture);
        return env;
    }

    [Fact]
    public async Task Sigterm_finishes_the_question_in_flight_closes_the_gateway_with_1000_and_exits_0()
    {
        // Arrange
        await using var discord = await FakeDiscordServer.StartAsync();
        discord.HoldRequestsMatching = "/channels/";
        var bound = TimeSpan.FromSeconds(10);
        using var app = ChildProcess.Start(work.Path, Env(discord, bound));
        try
        {
            var identify = await discord.WaitForFrameAsync(f => f.Op == GatewayFrame.Identify, Startup, "the worker's identify");
            var connection = discord.Connections.Snapshot().Single(c => c.Id == identify.ConnectionId);
            await discord.DispatchAsync("MESSAGE_CREATE", Some.Mention("are oncolytic viruses safe?"));
            var held = await discord.Held.WaitForAsync(_ => true, Startup, "the reply in flight");

            // Act
            var clock = Stopwatch.StartNew();
            await app.SendSigtermAsync();
            var closeCode = await connection.Closed.WaitAsync(bound);
            discord.ReleaseHeldRequests();
            // Logged by the worker only after Discord answered the reply: the handler was not cancelled.
            var answered = await app.WaitForLineAsync(l => l.Contains("Answered message", StringComparison.Ordinal), "the reply's completion", bound);
            var exitCode = await app.WaitForExitAsync(bound + TimeSpan.FromSeconds(10));
            clock.Stop();

            // Assert
            Assert.Equal(1000, closeCode);
            Assert.Equal(0, exitCode);
            Assert.True(clock.Elapsed < bound + TimeSpan.FromSeconds(3), $"exited after {clock.Elapsed}");
            await held.Answered.Task.WaitAsync(bound);
            Assert.Equal(200, held.Status);
            Assert.Contains(Some.ChannelId, answered, StringComparison.Ordinal);
            Assert.NotEmpty(discord.Messages.Snapshot());
            Assert.Single(discord.Connections.Snapshot());
        }
        finally
        {
            discord.ReleaseHeldRequests();
        }
    }

    [Fact]
    public async Task A_reply_that_never_finishes_does_not_hold_the_process_past_the_shutdown_timeout()
    {
        // Arrange
        await using var discord = await FakeDiscordServer.StartAsync();
        discord.HoldRequestsMatching = "/channels/";
        var bound = TimeSpan.FromSeconds(3);
        using var app = ChildProcess.Start(work.Path, Env(discord, bound));
        try
        {
            var identify = await discord.WaitForFrameAsync(f => f.Op == GatewayFrame.Identify, Startup, "the worker's identify");
            var connection = discord.Connections.Snapshot().Single(c => c.Id == identify.ConnectionId);
            await discord.DispatchAsync("MESSAGE_CREATE", Some.Mention("are oncolytic viruses safe?"));
            await discord.Held.WaitForAsync(_ => true, Startup, "the reply in flight");

            // Act
            var clock = Stopwatch.StartNew();
            await app.SendSigtermAsync();
            var exitCode = await app.WaitForExitAsync(bound + TimeSpan.FromSeconds(15));
            clock.Stop();

            // Assert
            Assert.Equal(0, exitCode);
            Assert.Equal(1000, await connection.Closed.WaitAsync(TimeSpan.FromSeconds(5)));
            Assert.True(clock.Elapsed < bound + TimeSpan.FromSeconds(5), $"exited after {clock.Elapsed}");
        }
        finally
        {
            discord.ReleaseHeldRequests();
        }
    }

    [Fact]
    public async Task Shard_count_auto_runs_the_recommended_shards_in_one_process_and_closes_them_all_with_1000()
    {
        // Arrange
        await using var discord = await FakeDiscordServer.StartAsync();
        discord.RecommendedShards = 2;
        discord.MaxConcurrency = 2;
        var env = Env(discord, TimeSpan.FromSeconds(5));
        env["Discord__ShardCount"] = "auto";
        using var app = ChildProcess.Start(work.Path, env);

        // Act
        var identifies = await discord.Frames.WaitForCountAsync(f => f.Op == GatewayFrame.Identify, 2, Startup, "two identifies");
        var connections = identifies.Select(f => discord.Connections.Snapshot().Single(c => c.Id == f.ConnectionId)).ToList();
        var dm = await discord.DispatchToShardAsync(null, "MESSAGE_CREATE", Some.DirectMessage("are oncolytic viruses safe?"));
        await app.WaitForLineAsync(l => l.Contains("Answered message", StringComparison.Ordinal), "the DM's answer", Startup);
        await app.SendSigtermAsync();
        var exitCode = await app.WaitForExitAsync(TimeSpan.FromSeconds(20));

        // Assert
        Assert.Equal(["0/2", "1/2"], identifies.Select(f => $"{f.Data.GetProperty("shard")[0].GetInt32()}/{f.Data.GetProperty("shard")[1].GetInt32()}").Order());
        Assert.Equal(0, dm.Shard!.Value.Id);
        Assert.Equal(0, exitCode);
        foreach (var connection in connections)
            Assert.Equal(1000, await connection.Closed.WaitAsync(TimeSpan.FromSeconds(5)));
    }

    public void Dispose() => work.Dispose();
}
