using GeneBot.Discord.Models;
using Microsoft.Extensions.Options;

namespace GeneBot.Adapters.Discord;

/// <summary>
/// The message and interaction ids GeneBot has taken on, so that events replayed after a resume (or delivered twice)
/// are answered once. Bounded: the last <see cref="DiscordBotOptions.ReplayMemory"/> ids, none older than
/// <see cref="DiscordBotOptions.ReplayWindow"/>.
/// </summary>
public sealed class RecentlyHandled(IOptions<DiscordBotOptions> options, TimeProvider time)
{
    private readonly int capacity = options.Value.ReplayMemory;
    private readonly TimeSpan window = options.Value.ReplayWindow;
    private readonly Lock sync = new();
    private readonly HashSet<Snowflake> seen = [];
    private readonly Queue<(Snowflake Id, DateTimeOffset At)> order = new();

    public int Count
    {
        get
        {
            lock (sync)
                return seen.Count;
        }
    }

    /// <summary>True the first time <paramref name="id"/> is offered (the caller then answers it); false for a repeat.</summary>
    public bool TryClaim(Snowflake id)
    {
        var now = time.GetUtcNow();
        lock (sync)
        {
            while (order.Count > 0 && (order.Count >= capacity || now - order.Peek().At > window))
                seen.Remove(order.Dequeue().Id);
            if (!seen.Add(id))
                return false;
            order.Enqueue((id, now));
            return true;
        }
    }
}
