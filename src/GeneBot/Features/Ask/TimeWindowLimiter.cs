using System.Threading.RateLimiting;

namespace GeneBot.Features.Ask;

/// <summary>
/// A fixed-window limiter on an injected <see cref="TimeProvider"/> (the built-in FixedWindowRateLimiter reads the
/// system clock, so its windows can't be tested with a fake clock). It never queues: a request is admitted or refused.
/// </summary>
public sealed class TimeWindowLimiter(int permits, TimeSpan window, TimeProvider time) : RateLimiter
{
    private readonly Lock sync = new();
    private DateTimeOffset windowStart = time.GetUtcNow();
    private int used;

    public override TimeSpan? IdleDuration => null;

    public override RateLimiterStatistics? GetStatistics()
    {
        lock (sync)
            return new RateLimiterStatistics { CurrentAvailablePermits = permits - used };
    }

    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        lock (sync)
        {
            var now = time.GetUtcNow();
            if (now - windowStart >= window)
            {
                windowStart = now;
                used = 0;
            }
            if (used + permitCount > permits)
                return Lease.Refused;
            used += permitCount;
            return Lease.Granted;
        }
    }

    protected override ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken) =>
        ValueTask.FromResult(AttemptAcquireCore(permitCount));

    private sealed class Lease(bool acquired) : RateLimitLease
    {
        public static readonly Lease Granted = new(true);
        public static readonly Lease Refused = new(false);

        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames => [];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = null;
            return false;
        }
    }
}
