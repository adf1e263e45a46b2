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

    private Task SendHeartbeatAsync(GatewaySession session)
    {
        session.AckPending = true;
        var seq = Interlocked.Read(ref lastSequence);
        var payload = seq < 0 ? """{"op":1,"d":null}""" : $$"""{"op":1,"d":{{seq}}}""";
        return SendAsync(session, Encoding.UTF8.GetBytes(payload));
    }
}
