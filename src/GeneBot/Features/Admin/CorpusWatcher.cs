using GeneBot.Knowledge;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GeneBot.Features.Admin;

/// <summary>
/// With <see cref="CorpusOptions.Watch"/>, rebuilds the index when files under the corpus folder change: each change
/// restarts a <see cref="CorpusOptions.WatchDebounce"/> wait (on the injected clock), and one rebuild follows the burst.
/// </summary>
public sealed class CorpusWatcher(ReindexQueue queue, KnowledgeBase knowledge, IOptions<CorpusOptions> options, TimeProvider time, ILogger<CorpusWatcher> logger) : BackgroundService
{
    private readonly SemaphoreSlim changed = new(0);
    private long lastChange;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Watch)
            return;
        using var watcher = new FileSystemWatcher(knowledge.Corpus.Root) { IncludeSubdirectories = true, EnableRaisingEvents = false };
        FileSystemEventHandler onChange = (_, _) => Touch();
        watcher.Changed += onChange;
        watcher.Created += onChange;
        watcher.Deleted += onChange;
        watcher.Renamed += (_, _) => Touch();
        watcher.EnableRaisingEvents = true;

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await changed.WaitAsync(stoppingToken).ConfigureAwait(false);
                await QuietAsync(stoppingToken).ConfigureAwait(false);
                Log.CorpusChanged(logger);
                await queue.Request(force: true, announce: false).Report!.ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Logged by the queue; the watch carries on and serves the last committed index.
            }
        }
    }

    /// <summary>Notes a change (also called by tests, standing in for the file system).</summary>
    public void Touch()
    {
        Interlocked.Exchange(ref lastChange, time.GetUtcNow().UtcTicks);
        if (changed.CurrentCount == 0)
            changed.Release();
    }

    /// <summary>Waits until no change has been seen for the debounce time, absorbing the burst's signals.</summary>
    private async Task QuietAsync(CancellationToken stoppingToken)
    {
        var debounce = options.Value.WatchDebounce;
        while (true)
        {
            var since = time.GetUtcNow() - new DateTimeOffset(Interlocked.Read(ref lastChange), TimeSpan.Zero);
            if (since >= debounce)
                break;
            await Task.Delay(debounce - since, time, stoppingToken).ConfigureAwait(false);
        }
        while (changed.CurrentCount > 0)
            await changed.WaitAsync(stoppingToken).ConfigureAwait(false);
    }
}
