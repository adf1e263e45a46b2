using Microsoft.Extensions.Logging;

namespace GeneBot.Discord.Rest;

/// <summary>Counts 401/403/429 responses over a rolling 10 minutes (Discord bans an IP at 10,000) and warns early.</summary>
public sealed class InvalidRequestCounter(TimeProvider time, ILogger logger, int warningThreshold)
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(10);

    private readonly Queue<DateTimeOffset> hits = new();
    private readonly Lock sync = new();

    public int Count
    {
        get
        {
            lock (sync)
            {
                Trim(time.GetUtcNow());
                return hits.Count;
            }
        }
    }

    public void Record()
    {
        int count;
        lock (sync)
        {
            var now = time.GetUtcNow();
            Trim(now);
            hits.Enqueue(now);
            count = hits.Count;
        }

        if (count % warningThreshold == 0)
        {
            Log.InvalidRequestsHigh(logger, count, Window);
        }
    }

    private void Trim(DateTimeOffset now)
    {
        while (hits.Count > 0 && now - hits.Peek() > Window)
        {
            hits.Dequeue();
        }
    }
}
