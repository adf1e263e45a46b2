using System.Text.Json;
using System.Threading.Channels;

namespace GeneBot.Discord.Gateway;

public sealed partial class GatewayClient
{
    private async Task HandlePayloadAsync(GatewaySession session, JsonElement root, ChannelWriter<GatewayDispatch> queue)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("op", out var opElement)
            || opElement.ValueKind != JsonValueKind.Number || !opElement.TryGetInt32(out var op))
        {
            Log.MalformedPayload(logger, new JsonException("A gateway payload without a numeric op."));
            return;
        }

        var data = root.TryGetProperty("d", out var d) ? d : default;
        switch ((GatewayOpcode)op)
        {
            case GatewayOpcode.Dispatch:
                OnDispatch(session, root, data, queue);
                break;
            case GatewayOpcode.Heartbeat:
                HeartbeatNow(session);
                break;
            case GatewayOpcode.HeartbeatAck:
                session.AckPending = false;
                break;
            case GatewayOpcode.Reconnect:
                Log.ReconnectRequested(logger);
                session.End(SessionEnd.Resume("op 7 reconnect"));
                break;
            case GatewayOpcode.InvalidSession:
                OnInvalidSession(session, data.ValueKind == JsonValueKind.True);
                break;
            case GatewayOpcode.Hello:
                await OnHelloAsync(session, data).ConfigureAwait(false);
                break;
            default:
                Log.UnknownOpcode(logger, op);
                break;
        }
    }

    private async Task OnHelloAsync(GatewaySession session, JsonElement data)
    {
        if (data.ValueKind != JsonValueKind.Object || !data.TryGetProperty("heartbeat_interval", out var i)
            || i.ValueKind != JsonValueKind.Number || !i.TryGetDouble(out var ms) || ms <= 0)
        {
            Log.MalformedPayload(logger, new JsonException("Hello without a positive heartbeat_interval."));
            return;
        }

        session.AckPending = false;
        session.Heartbeat ??= HeartbeatLoopAsync(session, TimeSpan.FromMilliseconds(ms));
        await (session.Resuming ? SendResumeAsync(session) : SendIdentifyAsync(session)).ConfigureAwait(false);
    }

    private void OnInvalidSession(GatewaySession session, bool resumable)
    {
        Log.InvalidSession(logger, resumable);
        if (resumable && CanResume)
        {
            session.End(SessionEnd.Resume("op 9 resumable"));
            return;
        }

        var min = settings.InvalidSessionDelayMin;
        var delay = min + ((settings.InvalidSessionDelayMax - min) * Random.Shared.NextDouble());
        session.End(new SessionEnd(ReconnectAction.Identify, "op 9 not resumable") { ExtraDelay = delay });
    }

    private void OnDispatch(GatewaySession session, JsonElement root, JsonElement data, ChannelWriter<GatewayDispatch> queue)
    {
        int? seq = root.TryGetProperty("s", out var s) && s.ValueKind == JsonValueKind.Number && s.TryGetInt32(out var value) ? value : null;
        var name = root.TryGetProperty("t", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString()! : "";
        try
        {
            if (name == "READY")
            {
                OnReady(data);
                session.Ready = true;
            }
            else if (name == "RESUMED")
            {
                OnResumed();
                session.Ready = true;
            }
        }
        catch (Exception ex) when (ex is JsonException or FormatException or UriFormatException or InvalidOperationException)
        {
            Log.MalformedPayload(logger, ex);
            return;
        }

        if (seq is { } sequence)
        {
            Interlocked.Exchange(ref lastSequence, sequence);
        }

        if (!queue.TryWrite(new GatewayDispatch(name, seq, data.Clone(), time.GetUtcNow())))
        {
            Log.DispatchDropped(logger, name);
        }
    }

    /// <summary>Takes events until <paramref name="stopTaking"/>; each handler runs with <paramref name="cancellationToken"/>,
    /// which is cancelled later on a graceful stop, so events in flight can finish.</summary>
    private async Task WorkerAsync(ChannelReader<GatewayDispatch> reader, CancellationToken stopTaking, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var dispatch in reader.ReadAllAsync(stopTaking).ConfigureAwait(false))
            {
                if (stopTaking.IsCancellationRequested)
                {
                    return; // ReadAllAsync keeps yielding buffered events after cancellation
                }

                foreach (var handler in eventHandlers)
                {
                    try
                    {
                        await handler.HandleAsync(dispatch, cancellationToken).ConfigureAwait(false);
                    }
                    catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                    {
                        return;
                    }
                    catch (JsonException ex)
                    {
                        // An event whose fields have the wrong shape: Discord's (or a hostile relay's) fault, not a bug;
                        // the reason names the JSON path, never the values.
                        Log.MalformedEvent(logger, dispatch.Name, ex.Message);
                    }
                    catch (Exception ex)
                    {
                        Log.HandlerFailed(logger, ex, dispatch.Name);
                    }
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }
}
