using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Http.Headers;

namespace GeneBot.Discord.Rest;

/// <summary>Buckets learnt from X-RateLimit-* headers plus the global pause. Until a route's bucket is known its
/// requests are serialized per route; afterwards per bucket (hash + major parameter).</summary>
internal sealed class RestRateLimiter(TimeProvider time)
{
    private readonly ConcurrentDictionary<string, string> hashByRoute = new();
    private readonly ConcurrentDictionary<string, RateLimitBucket> buckets = new();
    private readonly Lock sync = new();
    private DateTimeOffset globalUntil;

    public async Task<RateLimitBucket> AcquireAsync(RestRoute route, CancellationToken cancellationToken)
    {
        while (true)
        {
            var key = BucketKey(route);
            var bucket = buckets.GetOrAdd(key, _ => new RateLimitBucket());
            await bucket.Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            if (BucketKey(route) != key)
            {
                bucket.Gate.Release();
                continue;
            }

            try
            {
                await WaitForCapacityAsync(route, bucket, cancellationToken).ConfigureAwait(false);
                return bucket;
            }
            catch
            {
                bucket.Gate.Release();
                throw;
            }
        }
    }

    public void Learn(RestRoute route, RateLimitBucket current, HttpResponseHeaders headers)
    {
        if (Header(headers, "X-RateLimit-Bucket") is { Length: > 0 } hash)
        {
            hashByRoute[route.Key] = hash;
        }

        var remaining = int.TryParse(Header(headers, "X-RateLimit-Remaining"), CultureInfo.InvariantCulture, out var r) ? r : (int?)null;
        var resetAt = double.TryParse(Header(headers, "X-RateLimit-Reset-After"), CultureInfo.InvariantCulture, out var after)
            ? time.GetUtcNow() + TimeSpan.FromSeconds(after)
            : (DateTimeOffset?)null;
        foreach (var bucket in Targets(route, current))
        {
            bucket.Update(remaining, resetAt);
        }
    }

    public void OnRateLimited(RestRoute route, RateLimitBucket current, TimeSpan retryAfter, bool global)
    {
        var until = time.GetUtcNow() + retryAfter;
        if (global)
        {
            lock (sync)
            {
                globalUntil = until > globalUntil ? until : globalUntil;
            }

            return;
        }

        foreach (var bucket in Targets(route, current))
        {
            bucket.Exhaust(until);
        }
    }

    private IEnumerable<RateLimitBucket> Targets(RestRoute route, RateLimitBucket current)
    {
        yield return current;
        var known = buckets.GetOrAdd(BucketKey(route), _ => new RateLimitBucket());
        if (!ReferenceEquals(known, current))
        {
            yield return known;
        }
    }

    private async Task WaitForCapacityAsync(RestRoute route, RateLimitBucket bucket, CancellationToken cancellationToken)
    {
        while (true)
        {
            var now = time.GetUtcNow();
            TimeSpan wait;
            lock (sync)
            {
                wait = route.ExemptFromGlobal || globalUntil <= now ? TimeSpan.Zero : globalUntil - now;
            }

            if (wait == TimeSpan.Zero)
            {
                wait = bucket.TimeUntilCapacity(now);
            }

            if (wait <= TimeSpan.Zero)
            {
                return;
            }

            await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
        }
    }

    private string BucketKey(RestRoute route) =>
        hashByRoute.TryGetValue(route.Key, out var hash) ? $"{hash} {route.MajorParameter}" : $"route {route.Key}";

    private static string? Header(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;
}
