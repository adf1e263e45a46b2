using Microsoft.Extensions.Options;

namespace GeneBot.Privacy;

/// <summary>The first-use registry in memory: the last <see cref="PrivacyOptions.FirstUseMemory"/> members, oldest forgotten first.</summary>
public sealed class InMemoryFirstUseRegistry(IOptions<PrivacyOptions> options) : IFirstUseRegistry
{
    private readonly int capacity = options.Value.FirstUseMemory;
    private readonly Lock sync = new();
    private readonly HashSet<string> seen = new(StringComparer.Ordinal);
    private readonly Queue<string> order = new();

    public int Count
    {
        get
        {
            lock (sync)
                return seen.Count;
        }
    }

    public ValueTask<bool> TryMarkFirstUseAsync(string userKey, CancellationToken cancellationToken = default)
    {
        lock (sync)
        {
            if (!seen.Add(userKey))
                return ValueTask.FromResult(false);
            order.Enqueue(userKey);
            while (order.Count > capacity)
                seen.Remove(order.Dequeue());
            return ValueTask.FromResult(true);
        }
    }
}
