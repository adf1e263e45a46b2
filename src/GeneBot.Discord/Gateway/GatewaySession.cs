using System.Threading.RateLimiting;

namespace GeneBot.Discord.Gateway;

/// <summary>State of one socket: its connection, send limiter, ACK flag and how it ended. A new one per socket, so a
/// stale "ACK pending" can never leak into a fresh connection. Ending a session sends our close frame (when the end
/// has a close code) and lets the receive loop read the server's answer; the receive is cancelled (aborting the
/// socket) only after <see cref="CloseTimeout"/> or when there is nothing to close.</summary>
internal sealed class GatewaySession : IDisposable
{
    public static readonly TimeSpan CloseTimeout = TimeSpan.FromSeconds(2);

    private readonly CancellationTokenSource loops = new();
    private readonly CancellationTokenSource receive = new();
    private readonly TaskCompletionSource<SessionEnd> ended = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly CancellationTokenRegistration shutdown;
    private volatile bool ackPending;
    private volatile bool ready;

    public GatewaySession(IGatewayConnection connection, RateLimiter sendLimiter, bool resuming, CancellationToken outer)
    {
        Connection = connection;
        SendLimiter = sendLimiter;
        Resuming = resuming;
        shutdown = outer.Register(() => End(new SessionEnd(ReconnectAction.Stop, "shutdown", 1000)));
    }

    public IGatewayConnection Connection { get; }
    public RateLimiter SendLimiter { get; }
    public bool Resuming { get; }

    /// <summary>Cancelled as soon as the session ends: heartbeat, watchdog, sends, connect.</summary>
    public CancellationToken Token => loops.Token;

    /// <summary>Cancelled only when the close handshake cannot finish.</summary>
    public CancellationToken ReceiveToken => receive.Token;

    public bool AckPending { get => ackPending; set => ackPending = value; }
    public bool Ready { get => ready; set => ready = value; }
    public Task? Heartbeat { get; set; }
    public Task Closing { get; private set; } = Task.CompletedTask;
    public SessionEnd? Outcome => ended.Task.IsCompleted ? ended.Task.Result : null;

    /// <summary>Ends the session; the first reason wins.</summary>
    public void End(SessionEnd end)
    {
        if (!ended.TrySetResult(end))
        {
            return;
        }

        loops.Cancel();
        Closing = end.CloseCode is { } code ? CloseAsync(code, end.Reason) : CancelReceiveAsync();
    }

    public void Dispose()
    {
        shutdown.Dispose();
        loops.Dispose();
        receive.Dispose();
        SendLimiter.Dispose();
    }

    private async Task CloseAsync(int code, string reason)
    {
        try
        {
            await Connection.CloseAsync(code, reason, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            Connection.Abort();
        }

        receive.CancelAfter(CloseTimeout);
    }

    private Task CancelReceiveAsync()
    {
        receive.Cancel();
        return Task.CompletedTask;
    }
}
