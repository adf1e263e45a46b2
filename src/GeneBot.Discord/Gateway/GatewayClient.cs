using System.Threading.Channels;
using GeneBot.Discord.Models;
using GeneBot.Discord.Rest;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GeneBot.Discord.Gateway;

/// <summary>Keeps one shard connected to the gateway until cancelled or closed with a fatal code. Parts:
/// .Session (one socket), .Heartbeat, .Resume (identify/resume and the session state), .Dispatch (handler workers).</summary>
public sealed partial class GatewayClient(
    IOptions<DiscordOptions> options,
    IDiscordRestClient rest,
    IGatewayConnectionFactory connections,
    IReconnectPolicy reconnectPolicy,
    IEnumerable<IGatewayEventHandler> handlers,
    ILogger<GatewayClient> logger,
    TimeProvider? timeProvider = null,
    Telemetry.DiscordMetrics? metrics = null)
{
    private readonly DiscordOptions settings = options.Value;
    private readonly TimeProvider time = timeProvider ?? TimeProvider.System;
    private readonly IGatewayEventHandler[] eventHandlers = [.. handlers];
    private const int MaxFailedResumes = 3;
    private int running;
    private volatile GatewayState state = GatewayState.Disconnected;

    public GatewayState State => state;

    /// <summary>The shard this client identifies as (defaults to Discord:ShardId; set by <see cref="ShardedGateway"/>).</summary>
    public int ShardId { get; init; } = options.Value.ShardId;

    /// <summary>The total shard count sent in identify (defaults to Discord:ShardCount).</summary>
    public int ShardCount { get; init; } = options.Value.ShardCount;

    /// <summary>Shared by the shards of one process: spaces identifies by max_concurrency bucket. Null: only the budget.</summary>
    public ShardIdentifyGate? IdentifyGate { get; init; }

    /// <summary>The bot user from the last READY (use its id for mention detection).</summary>
    public User? CurrentUser { get; private set; }

    /// <summary>The application id from the last READY (for command and webhook routes).</summary>
    public Snowflake? ApplicationId { get; private set; }

    public DateTimeOffset? LastReadyOrResumedAt { get; private set; }

    /// <summary>Runs until <paramref name="cancellationToken"/> is cancelled (then closes with 1000 and returns) or the
    /// gateway closes with a fatal code (throws <see cref="DiscordGatewayFatalException"/>). A 401 on /gateway/bot throws
    /// <see cref="DiscordUnauthorizedException"/>. Network errors are retried forever with backoff.</summary>
    public async Task RunAsync(CancellationToken cancellationToken = default)
    {
        if (Interlocked.Exchange(ref running, 1) == 1)
        {
            throw new InvalidOperationException("The gateway client is already running.");
        }

        var queue = System.Threading.Channels.Channel.CreateBounded<GatewayDispatch>(new BoundedChannelOptions(settings.DispatchQueueCapacity)
        {
            SingleWriter = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
        // Stopping: the socket closes with 1000 first (no new events), the workers take nothing more from the queue, and
        // handlers already running get up to ShutdownDrainTimeout to finish (their token is cancelled after that).
        using var workersStop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var handlersStop = new CancellationTokenSource();
        var workers = Enumerable.Range(0, settings.HandlerConcurrency)
            .Select(_ => Task.Run(() => WorkerAsync(queue.Reader, workersStop.Token, handlersStop.Token), CancellationToken.None))
            .ToArray();
        try
        {
            await ConnectLoopAsync(queue.Writer, cancellationToken).ConfigureAwait(false);
            state = GatewayState.Stopped;
        }
        catch
        {
            state = GatewayState.Faulted;
            throw;
        }
        finally
        {
            queue.Writer.TryComplete();
            await workersStop.CancelAsync().ConfigureAwait(false);
            if (cancellationToken.IsCancellationRequested && state == GatewayState.Stopped)
            {
                handlersStop.CancelAfter(settings.ShutdownDrainTimeout);
            }
            else
            {
                await handlersStop.CancelAsync().ConfigureAwait(false);
            }

            await Task.WhenAll(workers).ConfigureAwait(false);
            Volatile.Write(ref running, 0);
        }
    }

    /// <summary>A small, fixed set of reasons for the reconnect metric (the log line keeps the detail).</summary>
    private static string ReconnectReason(SessionEnd end) => end.Reason switch
    {
        _ when end.ServerCloseCode is not null => "server_close",
        "op 7 reconnect" => "reconnect_requested",
        "op 9 resumable" or "op 9 not resumable" => "invalid_session",
        "heartbeat not acknowledged" => "heartbeat_timeout",
        "no READY/RESUMED in time" => "ready_timeout",
        _ => "connection_lost",
    };

    private async Task ConnectLoopAsync(ChannelWriter<GatewayDispatch> queue, CancellationToken cancellationToken)
    {
        var attempt = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            SessionEnd end;
            var reachedReady = false;
            try
            {
                (end, reachedReady) = await RunSessionAsync(queue, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is not (DiscordUnauthorizedException or DiscordGatewayFatalException))
            {
                Log.ConnectionFailed(logger, ex, CanResume ? "resume" : "identify");
                gatewayUrl = null;
                end = SessionEnd.Dropped("connection failed");
            }

            if (end.Action == ReconnectAction.Stop)
            {
                return;
            }

            if (end.Action == ReconnectAction.Fatal)
            {
                Log.Fatal(logger, end.ServerCloseCode ?? 0, end.Reason);
                throw new DiscordGatewayFatalException(end.ServerCloseCode ?? 0, end.Reason);
            }

            attempt = reachedReady ? 0 : attempt;
            if (end.Action == ReconnectAction.Identify || (end.Action == ReconnectAction.Resume && attempt >= MaxFailedResumes))
            {
                ClearSession(); // a session that cannot be resumed after several tries is given up for a new one
            }

            metrics?.Reconnect(ReconnectReason(end), end.Action == ReconnectAction.Identify || !CanResume ? "identify" : "resume",
                ShardId, end.ServerCloseCode);
            var delay = end.ExtraDelay + reconnectPolicy.GetDelay(attempt++);
            state = GatewayState.Reconnecting;
            Log.ReconnectDelay(logger, delay, attempt);
            try
            {
                await Task.Delay(delay, time, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
