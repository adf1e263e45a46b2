using GeneBot.Discord.Rest;
using GeneBot.Discord.Telemetry;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GeneBot.Discord.Gateway;

/// <summary>
/// Runs this process's shards, one <see cref="GatewayClient"/> (one connection) each. With Discord:ShardCount=auto it
/// asks GET /gateway/bot for the recommended count and runs shards 0..n-1, identifying in max_concurrency buckets
/// (shard_id % max_concurrency, one identify per bucket per <see cref="DiscordOptions.IdentifyConcurrencyWindow"/>).
/// Otherwise it runs the single shard Discord:ShardId of Discord:ShardCount (one shard per process, across machines).
/// </summary>
public sealed class ShardedGateway(
    IOptions<DiscordOptions> options,
    GatewayClient single,
    IDiscordRestClient rest,
    IGatewayConnectionFactory connections,
    IReconnectPolicy reconnectPolicy,
    IEnumerable<IGatewayEventHandler> handlers,
    ILoggerFactory loggers,
    TimeProvider time,
    DiscordMetrics? metrics = null)
{
    private readonly DiscordOptions settings = options.Value;
    private volatile IReadOnlyList<GatewayClient> shards = options.Value.AutoShardCount ? [] : [single];

    /// <summary>The shards this process runs (empty until an auto-sharded process has asked Discord for the count).</summary>
    public IReadOnlyList<GatewayClient> Shards => shards;

    /// <summary>The shard that receives direct messages (shard 0), when this process runs it.</summary>
    public GatewayClient? DirectMessageShard => shards.FirstOrDefault(s => s.ShardId == 0);

    /// <summary>The shard whose connection carries <paramref name="guildId"/>'s events: (guild_id &gt;&gt; 22) % shard_count.</summary>
    public static int ShardFor(ulong guildId, int shardCount) => (int)((guildId >> 22) % (ulong)shardCount);

    /// <summary>Runs every shard until cancelled (each closes with 1000) or until one fails for good; then the others
    /// are stopped and that failure is thrown.</summary>
    public async Task RunAsync(CancellationToken cancellationToken = default)
    {
        if (!settings.AutoShardCount)
        {
            await single.RunAsync(cancellationToken).ConfigureAwait(false);
            return;
        }

        var bot = await GetGatewayBotAsync(cancellationToken).ConfigureAwait(false);
        var count = Math.Max(1, bot.Shards);
        var gate = new ShardIdentifyGate(Math.Max(1, bot.SessionStartLimit.MaxConcurrency), settings.IdentifyConcurrencyWindow, time);
        var logger = loggers.CreateLogger<GatewayClient>();
        shards = [.. Enumerable.Range(0, count).Select(id =>
            new GatewayClient(options, rest, connections, reconnectPolicy, handlers, logger, time, metrics)
            {
                ShardId = id,
                ShardCount = count,
                IdentifyGate = gate,
            })];
        Log.ShardsStarting(loggers.CreateLogger<ShardedGateway>(), count, gate.MaxConcurrency);

        using var stopAll = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var running = shards.Select(s => RunShardAsync(s, stopAll)).ToArray();
        await Task.WhenAll(running).ConfigureAwait(false);
    }

    /// <summary>GET /gateway/bot, retried with the reconnect backoff while the network fails (a 401 is thrown at once).</summary>
    private async Task<Models.GatewayBot> GetGatewayBotAsync(CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await rest.GetGatewayBotAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is HttpRequestException or DiscordServerErrorException
                                       || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
            {
                await Task.Delay(reconnectPolicy.GetDelay(attempt), time, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static async Task RunShardAsync(GatewayClient shard, CancellationTokenSource stopAll)
    {
        try
        {
            await shard.RunAsync(stopAll.Token).ConfigureAwait(false);
        }
        catch
        {
            await stopAll.CancelAsync().ConfigureAwait(false);
            throw;
        }
    }
}
