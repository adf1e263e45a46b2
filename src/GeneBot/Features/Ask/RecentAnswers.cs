using GeneBot.Chat;

namespace GeneBot.Features.Ask;

/// <summary>
/// What "Explain simpler" and "More sources" need to act on an answer, by the answer's opaque id (the one its buttons
/// carry, never the text): the question, the conversation topic it was resolved against, and how many citations it
/// showed. Also the latest answer of each member and place, for the console's <c>/simpler</c> and <c>/more</c>.
/// In memory only, for <see cref="Ttl"/> after the answer and for at most <see cref="Capacity"/> answers (the oldest are
/// forgotten first); nothing is written anywhere, and a restart forgets them all.
/// </summary>
public sealed class RecentAnswers(TimeProvider time, int capacity = RecentAnswers.DefaultCapacity, TimeSpan? ttl = null)
{
    public const int DefaultCapacity = 10_000;
    public static readonly TimeSpan DefaultTtl = TimeSpan.FromHours(1);

    private readonly Lock sync = new();
    private readonly Dictionary<string, LinkedListNode<Entry>> byId = new(StringComparer.Ordinal);
    private readonly Dictionary<(string User, string Place), string> latest = [];
    private readonly LinkedList<Entry> order = new();

    public int Capacity => capacity;
    public TimeSpan Ttl => ttl ?? DefaultTtl;

    /// <summary>One remembered answer.</summary>
    public sealed record Entry(string Id, string Question, string? Context, int Shown, string User, string Place, DateTimeOffset ExpiresAt)
    {
        /// <summary>How many citations the answer first showed: "More sources" shows as many again.</summary>
        public int Page { get; init; } = Shown;
    }

    public void Remember(string id, ChatRequest request, string question, string? context, int shown)
    {
        lock (sync)
        {
            if (byId.TryGetValue(id, out var old))
                Forget(old);
            byId[id] = order.AddLast(new Entry(id, question, context, shown, request.UserId, request.PlaceId, time.GetUtcNow() + Ttl));
            latest[(request.UserId, request.PlaceId)] = id;
            while (byId.Count > capacity)
                Forget(order.First!);
        }
    }

    /// <summary>The answer with id <paramref name="id"/>, or null when unknown, forgotten or expired.</summary>
    public Entry? Find(string id)
    {
        lock (sync)
        {
            if (!byId.TryGetValue(id, out var node))
                return null;
            if (node.Value.ExpiresAt > time.GetUtcNow())
                return node.Value;
            Forget(node);
            return null;
        }
    }

    /// <summary>The latest answer in <paramref name="request"/>'s conversation (its member and place), or null.</summary>
    public Entry? Latest(ChatRequest request)
    {
        lock (sync)
            return latest.TryGetValue((request.UserId, request.PlaceId), out var id) ? Find(id) : null;
    }

    /// <summary>Records that the answer now shows <paramref name="shown"/> citations (after "More sources").</summary>
    public void Showed(string id, int shown)
    {
        lock (sync)
        {
            if (byId.TryGetValue(id, out var node))
                node.Value = node.Value with { Shown = Math.Max(node.Value.Shown, shown), Page = node.Value.Page };
        }
    }

    private void Forget(LinkedListNode<Entry> node)
    {
        byId.Remove(node.Value.Id);
        var key = (node.Value.User, node.Value.Place);
        if (latest.TryGetValue(key, out var id) && id == node.Value.Id)
            latest.Remove(key);
        order.Remove(node);
    }
}
