namespace GeneBot.Storage;

/// <summary>
/// The corpus generation every process sharing the store can see: a process that rebuilt its index for a reason the
/// others must follow (an admin's reindex, an FAQ edit) advances it, and the others rebuild when they see it move.
/// </summary>
public interface ICorpusGeneration
{
    long Current();

    /// <summary>Atomically increments the generation and returns the new value.</summary>
    long Advance();
}
