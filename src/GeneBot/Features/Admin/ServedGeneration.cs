using GeneBot.Storage;
using Microsoft.Extensions.Logging;

namespace GeneBot.Features.Admin;

/// <summary>
/// The corpus generation this process's index serves, against the store's <see cref="ICorpusGeneration"/>. Each rebuild
/// notes the store's generation before it reads the corpus (<see cref="Observe"/>) and, once committed, serves at least
/// that one (<see cref="Served(long?)"/>); a rebuild others must follow also advances the store's generation
/// (<see cref="Announce"/>). A store that can't be reached is logged and leaves the served generation as it was, so the
/// next poll catches up.
/// </summary>
public sealed class ServedGeneration(ICorpusGeneration store, ILogger<ServedGeneration> logger)
{
    private long served = -1;

    /// <summary>The generation the committed index serves; -1 until known.</summary>
    public long Current => Interlocked.Read(ref served);

    /// <summary>The store's generation now, or null when the store can't be reached (logged).</summary>
    public long? Observe()
    {
        try
        {
            return store.Current();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.GenerationUnreadable(logger, ex);
            return null;
        }
    }

    /// <summary>Serves at least <paramref name="generation"/> (observed before the rebuild that now serves).</summary>
    public void Served(long? generation)
    {
        if (generation is not { } g)
            return;
        long seen;
        while (g > (seen = Current) && Interlocked.CompareExchange(ref served, g, seen) != seen)
        {
        }
    }

    /// <summary>
    /// Tells the other processes about a committed rebuild that read the corpus after <paramref name="observed"/>: the
    /// store's generation moves on, and this process serves the new one only when nobody else advanced it meanwhile (else
    /// it serves <paramref name="observed"/>, and the next poll rebuilds for the announcement it may have missed).
    /// </summary>
    public void Announce(long? observed)
    {
        try
        {
            var next = store.Advance();
            Served(observed == next - 1 ? next : observed);
            Log.GenerationAnnounced(logger, next);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.GenerationNotAnnounced(logger, ex);
            Served(observed);
        }
    }
}
