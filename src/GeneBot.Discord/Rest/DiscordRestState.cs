using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;

namespace GeneBot.Discord.Rest;

/// <summary>What every <see cref="DiscordRestClient"/> instance shares: buckets, the global pause, the invalid-request
/// count, the "token rejected" latch and the retry pipeline. Registered as a singleton.</summary>
public sealed class DiscordRestState
{
    private volatile bool unauthorized;

    public DiscordRestState(IOptions<DiscordOptions> options, ILogger<DiscordRestState> logger, TimeProvider? time = null)
    {
        var clock = time ?? TimeProvider.System;
        var settings = options.Value;
        Limiter = new RestRateLimiter(clock);
        InvalidRequests = new InvalidRequestCounter(clock, logger, settings.InvalidRequestWarningThreshold);
        Pipeline = new ResiliencePipelineBuilder { TimeProvider = clock }
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder()
                    .Handle<DiscordRateLimitedException>()
                    .Handle<DiscordServerErrorException>()
                    .Handle<HttpRequestException>(),
                MaxRetryAttempts = Math.Max(1, settings.RestMaxRetries),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = settings.RestRetryBaseDelay,
                MaxDelay = TimeSpan.FromSeconds(30),
                DelayGenerator = args => ValueTask.FromResult(
                    args.Outcome.Exception is DiscordRateLimitedException limited ? limited.RetryAfter : (TimeSpan?)null),
                OnRetry = args =>
                {
                    Log.RestRetrying(logger, args.AttemptNumber + 1, args.RetryDelay, args.Outcome.Exception?.Message ?? "unknown");
                    return ValueTask.CompletedTask;
                },
            })
            .Build();
    }

    /// <summary>True once any request got 401: every later call throws at once.</summary>
    public bool IsUnauthorized => unauthorized;

    public InvalidRequestCounter InvalidRequests { get; }

    internal RestRateLimiter Limiter { get; }

    internal ResiliencePipeline Pipeline { get; }

    internal void MarkUnauthorized() => unauthorized = true;
}
