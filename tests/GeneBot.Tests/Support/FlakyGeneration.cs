using GeneBot.Storage;

namespace GeneBot.Tests.Support;

/// <summary>A corpus generation whose store can't be reached for the first <c>failures</c> reads, as when the database is down.</summary>
public sealed class FlakyGeneration(int failures, long generation) : ICorpusGeneration
{
    private int reads;

    public long Current() => Interlocked.Increment(ref reads) <= failures
        ? throw new TimeoutException("The store did not answer (simulated).")
        : generation;

    public long Advance() => throw new InvalidOperationException("Only the other process announces here.");
}
