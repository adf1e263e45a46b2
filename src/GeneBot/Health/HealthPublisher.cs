using System.Text.Json;
using GeneBot.Adapters.Teams;
using GeneBot.Discord.Gateway;
using GeneBot.Knowledge;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace GeneBot.Health;

/// <summary>
/// Writes the worker's health to a small file every publish interval (atomically: a temp file moved into place).
/// Connected means Discord's shards are ready (when Discord is on) and the Teams endpoint is listening (when Teams is on).
/// </summary>
public sealed class HealthPublisher(KnowledgeBase knowledge, IOptions<HealthOptions> options, TimeProvider time, ShardedGateway? gateway = null, TeamsServer? teams = null) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.PublishInterval, time);
        do
        {
            try
            {
                Publish();
            }
            catch (IOException)
            {
                // A full or read-only disk must not stop the bot; the stale file then reports the problem.
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    /// <summary>With several shards, connected means every shard is READY or RESUMED; the state named is the first
    /// shard's that is not, and the time is the oldest READY/RESUMED.</summary>
    public HealthSnapshot Snapshot()
    {
        var listening = teams is null || teams.Address is not null;
        if (gateway is null)
            return Snapshot(listening ? TeamsState : GatewayState.Disconnected.ToString(), listening, null);
        var shards = gateway.Shards;
        var connected = shards.Count > 0 && shards.All(s => s.State is GatewayState.Ready or GatewayState.Resumed);
        var state = shards.Count == 0 ? GatewayState.Disconnected
            : connected ? shards[0].State
            : shards.First(s => s.State is not (GatewayState.Ready or GatewayState.Resumed)).State;
        var lastReady = shards.Count == 0 || shards.Any(s => s.LastReadyOrResumedAt is null)
            ? null
            : shards.Min(s => s.LastReadyOrResumedAt);
        return Snapshot(state.ToString(), connected && listening, lastReady);
    }

    /// <summary>The "gateway" state reported when only Teams runs (there is no gateway, only the endpoint).</summary>
    public const string TeamsState = "TeamsListening";

    private HealthSnapshot Snapshot(string state, bool connected, DateTimeOffset? lastReady) => new(
        state,
        connected,
        lastReady,
        IndexOpen(),
        IndexOpen() ? knowledge.Searcher.PassageCount : 0,
        options.Value.PublishInterval.TotalSeconds,
        time.GetUtcNow());

    private bool IndexOpen()
    {
        try
        {
            return knowledge.Searcher.PassageCount >= 0;
        }
        catch (ObjectDisposedException)
        {
            return false;
        }
    }

    private void Publish()
    {
        var path = Path.GetFullPath(options.Value.Path);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temp = path + ".tmp";
        File.WriteAllText(temp, JsonSerializer.Serialize(Snapshot(), HealthJsonContext.Default.HealthSnapshot));
        File.Move(temp, path, overwrite: true);
    }
}
