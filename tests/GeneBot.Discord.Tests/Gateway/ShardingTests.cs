using System.Text.Json;
using System.Text.Json.Nodes;
using GeneBot.Discord.Gateway;
using GeneBot.Discord.Testing;
using GeneBot.Discord.Testing.Gateway;
using GeneBot.Discord.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace GeneBot.Discord.Tests.Gateway;

/// <summary>ShardedGateway against FakeDiscord: ShardCount=auto runs Discord's recommended shards in one process,
/// identifying in max_concurrency buckets; ShardId/ShardCount runs one shard per process. Guild events arrive only on
/// the owning shard's connection ((guild_id &gt;&gt; 22) % shard_count), DMs on shard 0.</summary>
public sealed class ShardingTests
{
    private static readonly TimeSpan Startup = TimeSpan.FromSeconds(30);

    /// <summary>A guild id that Discord routes to <paramref name="shard"/> of <paramref name="count"/>.</summary>
    private static ulong GuildOn(int shard, int count) => ((ulong)(shard + (count * 1000)) << 22) | 4242;

    private static JsonObject Event(ulong? guildId, string marker) => new()
    {
        ["id"] = marker,
        ["guild_id"] = guildId?.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private static string Marker(GatewayDispatch d) => d.Data.TryGetProperty("id", out var id) ? id.GetString() ?? "" : "";

    private static ShardedGateway Create(FakeDiscordServer server, DiscordOptions options, RecordingHandler handler)
    {
        var (rest, _) = RestHarness.Create(server);
        var policy = new ExponentialBackoffPolicy(options.ReconnectBaseDelay, options.ReconnectMaxDelay);
        var wrapped = Options.Create(options);
        var single = new GatewayClient(wrapped, rest, new WebSocketGatewayConnectionFactory(), policy, [handler], NullLogger<GatewayClient>.Instance);
        return new ShardedGateway(wrapped, single, rest, new WebSocketGatewayConnectionFactory(), policy, [handler],
            NullLoggerFactory.Instance, TimeProvider.System);
    }

    private static async Task StopAsync(CancellationTokenSource stop, params Task[] runs)
    {
        await stop.CancelAsync();
        await Task.WhenAll(runs).WaitAsync(Timeouts.Wait);
    }

    [Fact]
    public async Task Auto_runs_the_recommended_shards_identifying_in_max_concurrency_buckets()
    {
        // Arrange
        await using var server = await FakeDiscordServer.StartAsync();
        server.HeartbeatIntervalMs = 400;
        server.RecommendedShards = 4;
        server.MaxConcurrency = 2;
        var window = TimeSpan.FromSeconds(1);
        var options = TestOptions.For(server);
        options.AutoShardCount = true;
        options.IdentifyConcurrencyWindow = window;
        var handler = new RecordingHandler();
        var sut = Create(server, options, handler);
        using var stop = new CancellationTokenSource();

        // Act
        var run = Task.Run(() => sut.RunAsync(stop.Token));
        var identifies = await server.Frames.WaitForCountAsync(f => f.Op == GatewayFrame.Identify, 4, Startup, "four identifies");
        await Timeouts.UntilAsync(() => sut.Shards.Count == 4 && sut.Shards.All(s => s.State == GatewayState.Ready) || run.IsCompleted, "four ready shards", Startup);

        // Assert
        Assert.False(run.IsCompleted);
        var shards = identifies.Select(f => (Id: f.Data.GetProperty("shard")[0].GetInt32(), Count: f.Data.GetProperty("shard")[1].GetInt32())).ToList();
        Assert.Equal([0, 1, 2, 3], shards.Select(s => s.Id).Order());
        Assert.All(shards, s => Assert.Equal(4, s.Count));
        var slack = TimeSpan.FromMilliseconds(100);
        foreach (var bucket in new[] { 0, 1 })
        {
            var times = identifies.Where((f, i) => shards[i].Id % 2 == bucket).Select(f => f.At).Order().ToList();
            Assert.Equal(2, times.Count);
            Assert.True(times[1] - times[0] >= window - slack, $"bucket {bucket} identified twice within {times[1] - times[0]}");
        }

        foreach (var frame in identifies)
        {
            var inWindow = identifies.Count(f => f.At >= frame.At && f.At < frame.At + window - slack);
            Assert.True(inWindow <= 2, $"{inWindow} identifies within one window");
        }

        Assert.Equal(0, sut.DirectMessageShard!.ShardId);
        await StopAsync(stop, run);
    }

    [Fact]
    public async Task Auto_sharded_guild_events_arrive_on_the_owning_shard_and_dms_on_shard_0()
    {
        // Arrange
        await using var server = await FakeDiscordServer.StartAsync();
        server.HeartbeatIntervalMs = 400;
        server.RecommendedShards = 3;
        server.MaxConcurrency = 3;
        var options = TestOptions.For(server);
        options.AutoShardCount = true;
        options.IdentifyConcurrencyWindow = TimeSpan.FromMilliseconds(200);
        var handler = new RecordingHandler();
        var sut = Create(server, options, handler);
        using var stop = new CancellationTokenSource();
        var run = Task.Run(() => sut.RunAsync(stop.Token));
        await Timeouts.UntilAsync(() => sut.Shards.Count == 3 && sut.Shards.All(s => s.State == GatewayState.Ready) || run.IsCompleted, "three ready shards", Startup);

        // Act
        var deliveredOn = new Dictionary<int, int>();
        for (var shard = 0; shard < 3; shard++)
        {
            var connection = await server.DispatchToShardAsync(GuildOn(shard, 3), "MESSAGE_CREATE", Event(GuildOn(shard, 3), $"guild-{shard}"));
            deliveredOn[shard] = connection.Shard!.Value.Id;
        }

        var dm = await server.DispatchToShardAsync(null, "MESSAGE_CREATE", Event(null, "dm"));

        // Assert
        Assert.Equal(Enumerable.Range(0, 3).ToDictionary(s => s, s => s), deliveredOn);
        Assert.Equal(0, dm.Shard!.Value.Id);
        foreach (var marker in new[] { "guild-0", "guild-1", "guild-2", "dm" })
        {
            await handler.Seen.WaitForAsync(d => Marker(d) == marker, Timeouts.Wait, marker);
        }

        Assert.Equal(3, server.Connections.Snapshot().Select(c => c.Shard!.Value.Id).Distinct().Count());
        await StopAsync(stop, run);
    }

    [Fact]
    public async Task One_shard_per_process_identifies_with_its_id_and_gets_only_its_guilds()
    {
        // Arrange: two "processes" (ShardId 0 and 1 of 2) against one Discord.
        await using var server = await FakeDiscordServer.StartAsync();
        server.HeartbeatIntervalMs = 400;
        server.RecommendedShards = 2;
        var handlers = new[] { new RecordingHandler(), new RecordingHandler() };
        var processes = Enumerable.Range(0, 2).Select(id =>
        {
            var options = TestOptions.For(server);
            options.ShardId = id;
            options.ShardCount = 2;
            return Create(server, options, handlers[id]);
        }).ToArray();
        using var stop = new CancellationTokenSource();
        var runs = processes.Select(p => Task.Run(() => p.RunAsync(stop.Token))).ToArray();
        await Timeouts.UntilAsync(() => processes.All(p => p.Shards.Single().State == GatewayState.Ready) || runs.Any(r => r.IsCompleted), "both shards ready", Startup);

        // Act
        await server.DispatchToShardAsync(GuildOn(1, 2), "MESSAGE_CREATE", Event(GuildOn(1, 2), "guild-1"));
        await server.DispatchToShardAsync(GuildOn(0, 2), "MESSAGE_CREATE", Event(GuildOn(0, 2), "guild-0"));
        await server.DispatchToShardAsync(null, "MESSAGE_CREATE", Event(null, "dm"));

        // Assert
        var identified = server.Frames.Snapshot().Where(f => f.Op == GatewayFrame.Identify)
            .Select(f => $"{f.Data.GetProperty("shard")[0].GetInt32()}/{f.Data.GetProperty("shard")[1].GetInt32()}").Order().ToList();
        Assert.Equal(["0/2", "1/2"], identified);
        await handlers[1].Seen.WaitForAsync(d => Marker(d) == "guild-1", Timeouts.Wait, "guild-1 on shard 1");
        await handlers[0].Seen.WaitForAsync(d => Marker(d) == "guild-0", Timeouts.Wait, "guild-0 on shard 0");
        await handlers[0].Seen.WaitForAsync(d => Marker(d) == "dm", Timeouts.Wait, "the DM on shard 0");
        Assert.DoesNotContain(handlers[0].Seen.Snapshot(), d => Marker(d) == "guild-1");
        Assert.DoesNotContain(handlers[1].Seen.Snapshot(), d => Marker(d) is "guild-0" or "dm");
        Assert.Equal(0, processes[0].Shards.Single().ShardId);
        Assert.Equal(1, processes[1].Shards.Single().ShardId);
        await StopAsync(stop, runs);
    }

    [Theory]
    [InlineData("auto", true, 1)]
    [InlineData("AUTO", true, 1)]
    [InlineData("3", false, 3)]
    public void ShardCount_auto_is_read_from_configuration(string value, bool auto, int count)
    {
        // Arrange
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Discord:Token"] = "t",
            ["Discord:ShardCount"] = value,
            ["Discord:IdentifyConcurrencyWindow"] = "00:00:00.250",
        }).Build();
        using var services = new ServiceCollection().AddLogging().AddDiscordClient(configuration.GetSection("Discord")).BuildServiceProvider();

        // Act
        var options = services.GetRequiredService<IOptions<DiscordOptions>>().Value;

        // Assert
        Assert.Equal(auto, options.AutoShardCount);
        Assert.Equal(count, options.ShardCount);
        Assert.Equal(TimeSpan.FromMilliseconds(250), options.IdentifyConcurrencyWindow);
        Assert.Equal("t", options.Token);
    }

    [Fact]
    public void The_owning_shard_follows_discords_formula() =>
        Assert.Equal(FakeDiscordServer.ShardFor(GuildOn(5, 7), 7), ShardedGateway.ShardFor(GuildOn(5, 7), 7));
}
