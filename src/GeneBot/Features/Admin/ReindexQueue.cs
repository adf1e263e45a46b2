using GeneBot.Knowledge;
using GeneBot.Knowledge.Indexing;
using Microsoft.Extensions.Logging;

namespace GeneBot.Features.Admin;

/// <summary>
/// One rebuild at a time on the thread pool, while questions keep being answered from the committed index. A request
/// while a rebuild runs joins the one queued behind it, so any number of requests coalesce into one more rebuild. When
/// idle, a request within <see cref="CorpusOptions.ReindexCooldown"/> of the last rebuild is refused unless forced
/// (file watch, FAQ edits). With a <see cref="ServedGeneration"/>, each committed rebuild records the corpus generation it
/// serves, and one that any of its requests announced (an admin's reindex, an FAQ edit) advances the store's generation so
/// that the other processes sharing the store rebuild too.
/// </summary>
public sealed class ReindexQueue(KnowledgeBase knowledge, CorpusOptions options, TimeProvider time, ILogger<ReindexQueue> logger,
    Telemetry.GeneBotMetrics? metrics = null, ServedGeneration? generation = null)
{
    private readonly Lock sync = new();
    private Task? running;
    private TaskCompletionSource<IndexReport>? queued;
    private bool queuedAnnounces;
    private DateTimeOffset? lastFinished;
    private volatile ReindexStatus status = ReindexStatus.Idle;

    /// <summary>What the rebuild in progress has done so far.</summary>
    public ReindexStatus Status => status;

    /// <summary>
    /// Asks for a rebuild; <paramref name="announce"/> tells the other processes sharing the store once it is committed
    /// (false for rebuilds that follow their own trigger: the file watch, another process's announcement).
    /// </summary>
    public ReindexTicket Request(bool force = false, bool announce = true)
    {
        lock (sync)
        {
            if (queued is not null)
            {
                queuedAnnounces |= announce;
                return new ReindexTicket(queued.Task, Coalesced: true, TimeSpan.Zero);
            }
            if (running is null && !force && lastFinished is { } last && time.GetUtcNow() - last < options.ReindexCooldown)
                return new ReindexTicket(null, Coalesced: false, options.ReindexCooldown - (time.GetUtcNow() - last));
            queued = new TaskCompletionSource<IndexReport>(TaskCreationOptions.RunContinuationsAsynchronously);
            queuedAnnounces = announce;
            var ticket = new ReindexTicket(queued.Task, Coalesced: running is not null, TimeSpan.Zero);
            if (running is null)
                StartQueued();
            return ticket;
        }
    }

    /// <summary>Starts the queued rebuild; called under the lock.</summary>
    private void StartQueued()
    {
        var done = queued!;
        var announce = queuedAnnounces;
        queued = null;
        status = new ReindexStatus(true, default);
        running = Task.Run(() =>
        {
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            var observed = generation?.Observe();
            try
            {
                var report = knowledge.Rebuild(new Progress(this));
                if (announce)
                    generation?.Announce(observed);
                else
                    generation?.Served(observed);
                metrics?.Reindexed(System.Diagnostics.Stopwatch.GetElapsedTime(started), ok: true);
                Log.ReindexFinished(logger, report.Articles, report.Passages, report.Errors.Count, report.Duration);
                done.TrySetResult(report);
            }
            catch (Exception ex)
            {
                metrics?.Reindexed(System.Diagnostics.Stopwatch.GetElapsedTime(started), ok: false);
                Log.ReindexFailed(logger, ex);
                done.TrySetException(ex);
                // Logged here once; a requester that never awaits the report (an FAQ edit) must not leave it unobserved.
                _ = done.Task.Exception;
            }
            finally
            {
                lock (sync)
                {
                    lastFinished = time.GetUtcNow();
                    running = null;
                    status = ReindexStatus.Idle;
                    if (queued is not null)
                        StartQueued();
                }
            }
        });
    }

    private sealed class Progress(ReindexQueue queue) : IProgress<IndexProgress>
    {
        public void Report(IndexProgress value) => queue.status = new ReindexStatus(true, value);
    }
}
