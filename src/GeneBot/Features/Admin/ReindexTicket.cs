using GeneBot.Knowledge.Indexing;

namespace GeneBot.Features.Admin;

/// <summary>
/// The answer to a reindex request: the rebuild it joined (<see cref="Report"/>, faulted when the rebuild failed), or,
/// when refused for the cooldown, how long to wait.
/// </summary>
public sealed record ReindexTicket(Task<IndexReport>? Report, bool Coalesced, TimeSpan RetryAfter)
{
    public bool Refused => Report is null;
}
