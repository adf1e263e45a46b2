using GeneBot.Discord.Models;

namespace GeneBot.Adapters.Discord;

/// <summary>
/// The threads GeneBot started for its answers (<c>Bot:ReplyInThreads</c>): every message in one of them is a follow-up
/// that needs no mention. In memory only and bounded (the least recently used thread is forgotten first), so after a
/// restart, or for a thread not used in a long time, members mention GeneBot again. An archived or deleted thread is
/// forgotten for good.
/// </summary>
public sealed class BotThreads(int capacity = BotThreads.DefaultCapacity)
{
    public const int DefaultCapacity = 10_000;

    private readonly Lock sync = new();
    private readonly Dictionary<Snowflake, LinkedListNode<Snowflake>> threads = [];
    private readonly LinkedList<Snowflake> recency = new();

    public int Count
    {
        get
        {
            lock (sync)
                return threads.Count;
        }
    }

    public void Add(Snowflake thread)
    {
        lock (sync)
        {
            if (threads.Remove(thread, out var old))
                recency.Remove(old);
            threads[thread] = recency.AddFirst(thread);
            while (threads.Count > capacity)
            {
                threads.Remove(recency.Last!.Value);
                recency.RemoveLast();
            }
        }
    }

    /// <summary>True for a thread GeneBot started and still remembers; marks it recently used.</summary>
    public bool Contains(Snowflake thread)
    {
        lock (sync)
        {
            if (!threads.TryGetValue(thread, out var node))
                return false;
            recency.Remove(node);
            recency.AddFirst(node);
            return true;
        }
    }

    public void Forget(Snowflake thread)
    {
        lock (sync)
        {
            if (threads.Remove(thread, out var node))
                recency.Remove(node);
        }
    }
}
