using GeneBot.Discord.Models;

namespace GeneBot.Discord.Gateway;

/// <summary>Guards IDENTIFY: never below <c>reserve</c> remaining session starts (from /gateway/bot), never more than
/// the daily limit (less the reserve) in a rolling 24 h, and at most one per interval. When exhausted, callers wait.</summary>
public sealed class IdentifyBudget(int dailyLimit, int reserve, TimeSpan minInterval, TimeProvider time)
{
    public static readonly TimeSpan Day = TimeSpan.FromHours(24);

    private readonly Queue<DateTimeOffset> recent = new();
    private readonly Lock sync = new();
    private int? remaining;
    private DateTimeOffset resetAt;

    public int IdentifiesInLastDay
    {
        get
        {
            lock (sync)
            {
                Trim(time.GetUtcNow());
                return recent.Count;
            }
        }
    }

    /// <summary>True when the wait is due to the server's session_start_limit (refresh it after waiting).</summary>
    public bool LimitedByServer
    {
        get
        {
            lock (sync)
            {
                return remaining is { } r && r <= reserve;
            }
        }
    }

    public void Update(SessionStartLimit limit)
    {
        lock (sync)
        {
            remaining = limit.Remaining;
            resetAt = time.GetUtcNow() + TimeSpan.FromMilliseconds(Math.Max(0, limit.ResetAfter));
        }
    }

    public TimeSpan TimeUntilAllowed()
    {
        lock (sync)
        {
            var now = time.GetUtcNow();
            Trim(now);
            var allowedAt = now;
            if (remaining is { } r && r <= reserve)
            {
                allowedAt = Max(allowedAt, resetAt > now ? resetAt : now);
            }

            if (recent.Count >= Math.Max(1, dailyLimit - reserve))
            {
                allowedAt = Max(allowedAt, recent.Peek() + Day);
            }

            if (recent.Count > 0)
            {
                allowedAt = Max(allowedAt, recent.Last() + minInterval);
            }

            return allowedAt - now;
        }
    }

    public void RecordIdentify()
    {
        lock (sync)
        {
            recent.Enqueue(time.GetUtcNow());
            remaining = remaining is { } r ? r - 1 : null;
        }
    }

    private void Trim(DateTimeOffset now)
    {
        while (recent.Count > 0 && now - recent.Peek() >= Day)
        {
            recent.Dequeue();
        }
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
