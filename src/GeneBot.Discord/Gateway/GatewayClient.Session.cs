using System.Net.WebSockets;
using System.Text.Json;
using System.Threading.Channels;
using System.Threading.RateLimiting;

namespace GeneBot.Discord.Gateway;

public sealed partial class GatewayClient
{
    private async Task<(SessionEnd End, bool ReachedReady)> RunSessionAsync(ChannelWriter<GatewayDispatch> queue, CancellationToken cancellationToken)
    {
        var resuming = CanResume;
        var url = resuming ? resumeUrl! : await PrepareIdentifyAsync(cancellationToken).ConfigureAwait(false);
        var connection = connections.Create();
        await using var _ = connection.ConfigureAwait(false);
        using var session = new GatewaySession(connection, CreateSendLimiter(), resuming, cancellationToken);
        state = GatewayState.Connecting;
        Log.Connecting(logger, url.Host, resuming ? "resume" : "identify");
        var watchdog = WatchdogAsync(session);
        try
        {
            using (var connectTimeout = CancellationTokenSource.CreateLinkedTokenSource(session.Token))
            {
                connectTimeout.CancelAfter(settings.ReadyTimeout);
                try
                {
                    await connection.ConnectAsync(WithQuery(url), connectTimeout.Token).ConfigureAwait(false);
                }
                catch when (!resuming)
                {
                    gatewayUrl = null; // refetch /gateway/bot only when connecting fails
                    throw;
                }
            }

            await ReceiveLoopAsync(session, queue).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (session.Outcome is not null)
        {
        }
        catch (Exception ex) when (ex is WebSocketException or IOException or ObjectDisposedException or OperationCanceledException)
        {
            Log.ConnectionFailed(logger, ex, "resume");
            session.End(SessionEnd.Dropped("connection lost without a close frame"));
        }

        session.End(SessionEnd.Dropped("receive loop ended"));
        await session.Closing.ConfigureAwait(false);
        await Task.WhenAll(watchdog, session.Heartbeat ?? Task.CompletedTask).ConfigureAwait(false);
        return (session.Outcome!, session.Ready);
    }

    private async Task ReceiveLoopAsync(GatewaySession session, ChannelWriter<GatewayDispatch> queue)
    {
        while (true)
        {
            var message = await session.Connection.ReceiveAsync(session.ReceiveToken).ConfigureAwait(false);
            if (message.IsClose)
            {
                var end = SessionEnd.ServerClosed(message.CloseCode, message.CloseReason);
                if (session.Outcome is null)
                {
                    Log.Closed(logger, message.CloseCode, message.CloseReason, end.Action.ToString());
                }

                session.End(end);
                return;
            }

            if (session.Outcome is not null)
            {
                continue;
            }

            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(message.Message);
            }
            catch (JsonException ex)
            {
                Log.MalformedPayload(logger, ex);
                continue;
            }

            using (document)
            {
                try
                {
                    await HandlePayloadAsync(session, document.RootElement, queue).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException)
                {
                    Log.MalformedPayload(logger, ex);
                }
            }
        }
    }

    private async Task WatchdogAsync(GatewaySession session)
    {
        try
        {
            await Task.Delay(settings.ReadyTimeout, time, session.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        if (!session.Ready)
        {
            Log.WatchdogExpired(logger, settings.ReadyTimeout);
            session.End(SessionEnd.Resume("no READY/RESUMED in time"));
        }
    }

    private RateLimiter CreateSendLimiter() => new SlidingWindowRateLimiter(new SlidingWindowRateLimiterOptions
    {
        PermitLimit = settings.GatewaySendLimit,
        Window = settings.GatewaySendWindow,
        SegmentsPerWindow = 12,
        QueueLimit = 10_000,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        AutoReplenishment = true,
    });

    private Task SendAsync(GatewaySession session, byte[] payload) => SendAsync(session, () => payload);

    /// <summary>Waits for a send permit, then builds the payload and sends it (so what it says is as of the send, not of the wait).</summary>
    private async Task SendAsync(GatewaySession session, Func<byte[]> payload)
    {
        using var lease = await session.SendLimiter.AcquireAsync(1, session.Token).ConfigureAwait(false);
        if (!lease.IsAcquired)
        {
            throw new InvalidOperationException("The gateway send queue is full.");
        }

        // Not cancellable: cancelling a websocket send aborts the socket and would lose our close code.
        await session.Connection.SendAsync(payload(), CancellationToken.None).ConfigureAwait(false);
    }

    private static Uri WithQuery(Uri url) => new UriBuilder(url) { Query = "v=10&encoding=json" }.Uri;
}
