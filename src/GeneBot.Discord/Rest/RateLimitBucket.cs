namespace GeneBot.Discord.Rest;

/// <summary>State of one rate-limit bucket. Requests through a bucket are serialized by <see cref="Gate"/>.</summary>
internal sealed class RateLimitBucket
{
    private readonly Lock sync = new();
    private int? remaining;
    private DateTimeOffset resetAt;

    public SemaphoreSlim Gate { get; } = new(1, 1);

    public TimeSpan TimeUntilCapacity(DateTimeOffset now)
    {
        lock (sync)
        {
            if (remaining is 0 && resetAt > now)
            {
                return resetAt - now;
            }

            if (remaining is 0)
            {
                remaining = null;
            }

            return TimeSpan.Zero;
        }
    }

    public void Update(int? newRemaining, DateTimeOffset? newResetAt)
    {
        lock (sync)
        {
            remaining = newRemaining ?? remaining;
            resetAt = newResetAt ?? resetAt;
        }
    }

    public void Exhaust(DateTimeOffset until) => Update(0, until);
}
