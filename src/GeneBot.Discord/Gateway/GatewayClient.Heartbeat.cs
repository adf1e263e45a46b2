using System.Text;

namespace GeneBot.Discord.Gateway;

public sealed partial class GatewayClient
{
    private long lastSequence = -1;

    private async Task HeartbeatLoopAsync(GatewaySession session, TimeSpan interval)
    {
        try
        {
            await Task.Delay(interval * Random.Shared.NextDouble(), time, session.Token).ConfigureAwait(false);
            while (!session.Token.IsCancellationRequested)
            {
                if (session.AckPending)
                {
                    Log.MissedAck(logger);
                    session.End(SessionEnd.Resume("heartbeat not acknowledged"));
                    return;
                }

                await SendHeartbeatAsync(session).ConfigureAwait(false);
                await Task.Delay(interval, time, session.Token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            Log.ConnectionFailed(logger, ex, "resume");
            session.End(SessionEnd.Dropped("heartbeat failed"));
        }
    }

    /// <summary>Sends op 1 now, e.g. when the server asks with its own op 1; never blocks the receive loop.</summary>
    private void HeartbeatNow(GatewaySession session) => _ = Task.Run(async () =>
    {
        try
        {
            await SendHeartbeatAsync(session).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            Log.ConnectionFailed(logger, ex, "resume");
            session.End(SessionEnd.Dropped("heartbeat failed"));
        }
    });

    /// <summary>
    /// A heartbeat is pending acknowledgement from when it is sent, not from when it was asked for: one still waiting
    /// for a send permit (the server asked for several at once) must not make the next tick take the connection for a
    /// zombie. It carries the latest sequence as of the send.
    /// </summary>
    private Task SendHeartbeatAsync(GatewaySession session) => SendAsync(session, () =>
    {
        session.AckPending = true;
        var seq = Interlocked.Read(ref lastSequence);
        return Encoding.UTF8.GetBytes(seq < 0 ? """{"op":1,"d":null}""" : $$"""{"op":1,"d":{{seq}}}""");
    });
}
