using GeneBot.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GeneBot.Features.Admin;

/// <summary>
/// Follows reindexes announced by other processes sharing the store: every <see cref="StorageOptions.GenerationPollInterval"/>
/// (on the injected clock) it reads the store's corpus generation and, when it is newer than the one served here, asks
/// the local <see cref="ReindexQueue"/> for a rebuild that does not announce again. A shard so serves another's corpus
/// within one poll interval plus its own rebuild time. A failed read or rebuild is logged, and the next poll retries.
/// </summary>
public sealed class GenerationWatcher(ServedGeneration served, ReindexQueue queue, IOptions<StorageOptions> options, TimeProvider time,
    ILogger<GenerationWatcher> logger) : BackgroundService
{
    // Created with the watcher, so the first poll is one interval after construction on the injected clock.
    private readonly PeriodicTimer timer = new(options.Value.GenerationPollInterval, time);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
                await PollOnceAsync(stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>One poll: true when it rebuilt the index for a newer generation.</summary>
    public async Task<bool> PollOnceAsync(CancellationToken cancellationToken = default)
    {
        if (served.Observe() is not { } current || current <= served.Current)
            return false;
        Log.GenerationBehind(logger, served.Current, current);
        try
        {
            await queue.Request(force: true, announce: false).Report!.WaitAsync(cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Logged by the queue; the served generation is unchanged, so the next poll tries again.
            return false;
        }
    }

    public override void Dispose()
    {
        timer.Dispose();
        base.Dispose();
    }
}
