namespace GeneBot.Chat.Conversations;

/// <summary>
/// The topic of each conversation (one member in one place: a DM, a thread or a channel; or everyone in a shared place,
/// see <see cref="ChatRequest.SharedPlace"/>), kept in memory for
/// <see cref="ConversationOptions.Ttl"/> after its last question and for at most <see cref="ConversationOptions.MaxConversations"/>
/// conversations (the least recently used is forgotten first). Nothing is written anywhere.
/// </summary>
public sealed class ConversationMemory(ConversationOptions options, TimeProvider time)
{
    private readonly Lock sync = new();
    private readonly Dictionary<(string User, string Place), LinkedListNode<Entry>> entries = [];
    private readonly LinkedList<Entry> recency = new();

    private sealed record Entry((string User, string Place) Key, string Topic, DateTimeOffset ExpiresAt);

    public int Count
    {
        get
        {
            lock (sync)
                return entries.Count;
        }
    }

    /// <summary>The conversation's topic question, or null when there is none or it expired.</summary>
    public string? TopicFor(ChatRequest request)
    {
        lock (sync)
        {
            if (!entries.TryGetValue(Key(request), out var node))
                return null;
            if (node.Value.ExpiresAt > time.GetUtcNow())
                return node.Value.Topic;
            Forget(node);
            return null;
        }
    }

    /// <summary>Records <paramref name="topic"/> as what the conversation is about now, for another <see cref="ConversationOptions.Ttl"/>.</summary>
    public void Remember(ChatRequest request, string topic)
    {
        lock (sync)
        {
            var key = Key(request);
            if (entries.TryGetValue(key, out var old))
                Forget(old);
            var node = recency.AddFirst(new Entry(key, topic, time.GetUtcNow() + options.Ttl));
            entries[key] = node;
            while (entries.Count > options.MaxConversations)
                Forget(recency.Last!);
        }
    }

    /// <summary>One member in one place, or the whole place when its members share the conversation.</summary>
    private static (string User, string Place) Key(ChatRequest request) =>
        (request.SharedPlace ? "" : request.UserId, request.PlaceId);

    private void Forget(LinkedListNode<Entry> node)
    {
        entries.Remove(node.Value.Key);
        recency.Remove(node);
    }
}
