namespace GeneBot.Discord.Gateway;

/// <summary>
/// Discord's identify concurrency for the shards of one process: shard <c>i</c> belongs to bucket
/// <c>i % max_concurrency</c>, and each bucket may identify once per <see cref="Window"/> (5 s in production), so at most
/// max_concurrency identifies start in any window. Callers queue per bucket in arrival order.
/// </summary>
public sealed class ShardIdentifyGate
{
    private readonly SemaphoreSlim[] buckets;
    private readonly DateTimeOffset?[] lastIdentify;
    private readonly TimeProvider time;

    public ShardIdentifyGate(int maxConcurrency, TimeSpan window, TimeProvider? timeProvider = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxConcurrency, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(window, TimeSpan.Zero);
        MaxConcurrency = maxConcurrency;
        Window = window;
        time = timeProvider ?? TimeProvider.System;
        buckets = [.. Enumerable.Range(0, maxConcurrency).Select(_ => new SemaphoreSlim(1, 1))];
        lastIdentify = new DateTimeOffset?[maxConcurrency];
    }

    public int MaxConcurrency { get; }

    public TimeSpan Window { get; }

    public static int BucketOf(int shardId, int maxConcurrency) => shardId % maxConcurrency;

    /// <summary>Waits until <paramref name="shardId"/>'s bucket may identify, and takes that slot.</summary>
    public async Task WaitTurnAsync(int shardId, CancellationToken cancellationToken)
    {
        var bucket = BucketOf(shardId, MaxConcurrency);
        await buckets[bucket].WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (lastIdentify[bucket] is { } last)
            {
                var wait = last + Window - time.GetUtcNow();
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
                }
            }

            lastIdentify[bucket] = time.GetUtcNow();
        }
        finally
        {
            buckets[bucket].Release();
        }
    }
}
