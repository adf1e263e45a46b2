namespace GeneBot.Discord.Gateway;

/// <summary>Exponential backoff with full jitter: uniform in [0, min(max, base * 2^attempt)).</summary>
public sealed class ExponentialBackoffPolicy(TimeSpan baseDelay, TimeSpan maxDelay, Random? random = null) : IReconnectPolicy
{
    private readonly Random rng = random ?? Random.Shared;

    public TimeSpan GetDelay(int attempt)
    {
        var ceiling = baseDelay.TotalMilliseconds * Math.Pow(2, Math.Clamp(attempt, 0, 30));
        var capped = Math.Min(ceiling, maxDelay.TotalMilliseconds);
        return TimeSpan.FromMilliseconds(rng.NextDouble() * capped);
    }
}
