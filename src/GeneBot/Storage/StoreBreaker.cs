using System.Data.Common;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Polly;
using Polly.CircuitBreaker;

namespace GeneBot.Storage;

/// <summary>
/// Keeps answering fast while the store is down. The store is secondary to answering (answers are recorded for stats
/// and feedback, first uses for the one-time note), and with a database unreachable every call would first wait for
/// its connect timeout. So after the store fails twice within <see cref="SamplingDuration"/>, calls through here are
/// skipped at once for <see cref="BreakDuration"/>, then one is let through to try again (Polly's circuit breaker).
/// </summary>
public sealed class StoreBreaker
{
    public static readonly TimeSpan SamplingDuration = TimeSpan.FromSeconds(30);
    public static readonly TimeSpan BreakDuration = TimeSpan.FromSeconds(30);

    private readonly ResiliencePipeline pipeline;

    public StoreBreaker(TimeProvider time, ILogger<StoreBreaker>? logger = null)
    {
        var log = (ILogger?)logger ?? NullLogger.Instance;
        pipeline = new ResiliencePipelineBuilder { TimeProvider = time }
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                FailureRatio = 0.5,
                MinimumThroughput = 2,
                SamplingDuration = SamplingDuration,
                BreakDuration = BreakDuration,
                ShouldHandle = new PredicateBuilder().Handle<Exception>(IsStoreFailure),
                OnOpened = args =>
                {
                    Log.StoreSkipped(log, args.BreakDuration, args.Outcome.Exception?.GetType().Name ?? "failure");
                    return ValueTask.CompletedTask;
                },
                OnClosed = _ =>
                {
                    Log.StoreBack(log);
                    return ValueTask.CompletedTask;
                },
            })
            .Build();
    }

    /// <summary>What a store that cannot be reached or written throws (Npgsql's and SQLite's errors, timeouts, a full disk).</summary>
    public static bool IsStoreFailure(Exception exception) =>
        exception is DbException or TimeoutException or IOException or InvalidOperationException;

    /// <summary>
    /// <paramref name="action"/>'s result, or <paramref name="fallback"/> when the store failed or is being skipped.
    /// <c>Failure</c> is the store's own error, for the caller to log; it is null on success and while the store is
    /// skipped (the breaker logged that once, when it opened). Exceptions that are not store failures are not caught.
    /// </summary>
    public async ValueTask<(T Value, Exception? Failure)> RunAsync<T>(Func<CancellationToken, ValueTask<T>> action, T fallback, CancellationToken cancellationToken = default)
    {
        try
        {
            return (await pipeline.ExecuteAsync(action, cancellationToken).ConfigureAwait(false), null);
        }
        catch (BrokenCircuitException)
        {
            return (fallback, null);
        }
        catch (Exception ex) when (IsStoreFailure(ex))
        {
            return (fallback, ex);
        }
    }

    /// <inheritdoc cref="RunAsync{T}"/>
    public (T Value, Exception? Failure) Run<T>(Func<T> action, T fallback)
    {
        try
        {
            return (pipeline.Execute(action), null);
        }
        catch (BrokenCircuitException)
        {
            return (fallback, null);
        }
        catch (Exception ex) when (IsStoreFailure(ex))
        {
            return (fallback, ex);
        }
    }
}
