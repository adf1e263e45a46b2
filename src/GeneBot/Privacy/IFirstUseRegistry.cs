namespace GeneBot.Privacy;

/// <summary>
/// Who has already seen GeneBot's one-time "what it is and is not" note. Implementations keep only what they must:
/// <c>Storage.FirstUseRegistry</c> (the default with a store) keeps a salted hash of the member's id, so the note
/// stays one-time across restarts; <see cref="InMemoryFirstUseRegistry"/> (no store) forgets on restart.
/// </summary>
public interface IFirstUseRegistry
{
    /// <summary>True the first time the member <paramref name="userKey"/> is offered (the caller then shows the note), false after.</summary>
    ValueTask<bool> TryMarkFirstUseAsync(string userKey, CancellationToken cancellationToken = default);
}
