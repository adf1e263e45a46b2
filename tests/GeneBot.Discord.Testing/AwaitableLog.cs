namespace GeneBot.Discord.Testing;

/// <summary>A thread-safe append-only list whose readers can await an item matching a predicate, with a bounded timeout.</summary>
public sealed class AwaitableLog<T>
{
    private readonly List<T> items = [];
    private readonly Lock sync = new();
    private TaskCompletionSource changed = NewSignal();

    public IReadOnlyList<T> Snapshot()
    {
        lock (sync)
        {
            return [.. items];
        }
    }

    public void Add(T item)
    {
        TaskCompletionSource signal;
        lock (sync)
        {
            items.Add(item);
            signal = changed;
            changed = NewSignal();
        }

        signal.TrySetResult();
    }

    public async Task<T> WaitForAsync(Func<T, bool> predicate, TimeSpan timeout, string? what = null)
    {
        var all = await WaitForCountAsync(predicate, 1, timeout, what).ConfigureAwait(false);
        return all[0];
    }

    /// <summary>Waits until at least <paramref name="count"/> items match; returns the matches in order.</summary>
    public async Task<IReadOnlyList<T>> WaitForCountAsync(Func<T, bool> predicate, int count, TimeSpan timeout, string? what = null)
    {
        using var cts = new CancellationTokenSource(timeout);
        while (true)
        {
            Task signal;
            lock (sync)
            {
                var matches = items.Where(predicate).ToList();
                if (matches.Count >= count)
                {
                    return matches;
                }

                signal = changed.Task;
            }

            try
            {
                await signal.WaitAsync(cts.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"Timed out after {timeout} waiting for {count} x {what ?? typeof(T).Name}; have {Snapshot().Count(predicate)}.");
            }
        }
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
