using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using GeneBot.Discord.Testing.Gateway;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace GeneBot.Discord.Testing;

public sealed partial class FakeDiscordServer
{
    private readonly ConcurrentQueue<FakeIdentifyResponse> identifyResponses = new();
    private readonly Lock sessionSync = new();
    private readonly List<(int Seq, string Event, JsonNode? Data)> sessionEvents = [];
    private int connectionCount;
    private string? sessionId;
    private int sessionSeq;
    private volatile FakeGatewayConnection? current;

    /// <summary>heartbeat_interval sent in Hello, in milliseconds.</summary>
    public int HeartbeatIntervalMs { get; set; } = 45_000;
    public bool AckHeartbeats { get; set; } = true;
    public bool SendHello { get; set; } = true;
    /// <summary>The next connection gets op 7 before Hello (once).</summary>
    public bool ReconnectBeforeHelloOnce { get; set; }
    /// <summary>This many websocket upgrades are refused with 503 (an unreachable gateway).</summary>
    public int RefuseConnections { get; set; }

    /// <summary>Resumes are answered with op 9 false.</summary>
    public bool RejectResumes { get; set; }

    public AwaitableLog<GatewayFrame> Frames { get; } = new();
    public AwaitableLog<FakeGatewayConnection> Connections { get; } = new();

    /// <summary>The socket the client has open now (the latest one).</summary>
    public FakeGatewayConnection? Current => current;

    public string? SessionId { get { lock (sessionSync) { return sessionId; } } }

    public void EnqueueIdentifyResponse(FakeIdentifyResponse response) => identifyResponses.Enqueue(response);

    public Task<GatewayFrame> WaitForFrameAsync(Func<GatewayFrame, bool> predicate, TimeSpan? timeout = null, string? what = null) =>
        Frames.WaitForAsync(predicate, timeout ?? TimeSpan.FromSeconds(15), what);

    public Task<FakeGatewayConnection> WaitForConnectionAsync(int number, TimeSpan? timeout = null) =>
        Connections.WaitForAsync(c => c.Id == number, timeout ?? TimeSpan.FromSeconds(15), $"connection #{number}");

    public async Task SendOpAsync(int op, JsonNode? data = null)
    {
        var payload = new JsonObject { ["op"] = op, ["d"] = data, ["s"] = null, ["t"] = null };
        await RequireCurrent().SendTextAsync(payload.ToJsonString()).ConfigureAwait(false);
    }

    public Task SendRawAsync(string text, int fragmentSize = int.MaxValue) => RequireCurrent().SendTextAsync(text, fragmentSize);

    /// <summary>Adds an event to the session and sends it if connected (else it is replayed on resume). Returns its seq.
    /// An INTERACTION_CREATE also starts that interaction's callback deadline.</summary>
    public async Task<int> DispatchAsync(string eventName, JsonNode? data, int fragmentSize = int.MaxValue)
    {
        // Hostile tests send interactions with broken ids and tokens: only well-formed ones start a callback deadline.
        if (eventName == "INTERACTION_CREATE" && data?["id"] is JsonValue idValue && idValue.TryGetValue<string>(out var id)
            && data["token"] is JsonValue tokenValue && tokenValue.TryGetValue<string>(out var token)
            && ulong.TryParse(id, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var interactionId))
        {
            RegisterInteraction(interactionId, token);
        }

        int seq;
        lock (sessionSync)
        {
            seq = ++sessionSeq;
            sessionEvents.Add((seq, eventName, data?.DeepClone()));
        }

        if (current is { } connection)
        {
            await connection.SendTextAsync(Dispatch(seq, eventName, data), fragmentSize).ConfigureAwait(false);
        }

        return seq;
    }

    public Task CloseAsync(int code, string reason = "") => RequireCurrent().CloseAsync(code, reason);

    public void Abort() => RequireCurrent().Abort();

    private FakeGatewayConnection RequireCurrent() => current ?? throw new InvalidOperationException("No gateway connection is open.");

    private void MapGateway(WebApplication web)
    {
        web.Map("/gateway", context => AcceptAsync(context));
        web.Map("/gateway-resume", context => AcceptAsync(context));
    }

    private async Task AcceptAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest || RefuseConnections-- > 0)
        {
            context.Response.StatusCode = context.WebSockets.IsWebSocketRequest ? 503 : 400;
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync().ConfigureAwait(false);
        var connection = new FakeGatewayConnection(
            Interlocked.Increment(ref connectionCount), context.Request.Path, context.Request.QueryString.Value ?? "", socket, context);
        current = connection;
        Connections.Add(connection);
        try
        {
            if (ReconnectBeforeHelloOnce)
            {
                ReconnectBeforeHelloOnce = false;
                await connection.SendTextAsync("""{"op":7,"d":null,"s":null,"t":null}""").ConfigureAwait(false);
            }

            if (SendHello)
            {
                await connection.SendTextAsync($$"""{"op":10,"d":{"heartbeat_interval":{{HeartbeatIntervalMs}}},"s":null,"t":null}""").ConfigureAwait(false);
            }

            await ReceiveLoopAsync(connection, socket).ConfigureAwait(false);
        }
        finally
        {
            connection.MarkClosed(null);
            Interlocked.CompareExchange(ref current, null, connection);
        }
    }

    private async Task ReceiveLoopAsync(FakeGatewayConnection connection, WebSocket socket)
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        while (true)
        {
            WebSocketReceiveResult result;
            try
            {
                result = await socket.ReceiveAsync(new ArraySegment<byte>(buffer), CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException or IOException)
            {
                return;
            }

            if (result.MessageType == WebSocketMessageType.Close)
            {
                connection.MarkClosed((int?)result.CloseStatus);
                try
                {
                    await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "", CancellationToken.None).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is WebSocketException or InvalidOperationException or ObjectDisposedException)
                {
                }

                return;
            }

            message.Write(buffer, 0, result.Count);
            if (!result.EndOfMessage)
            {
                continue;
            }

            var text = Encoding.UTF8.GetString(message.GetBuffer(), 0, (int)message.Length);
            message.SetLength(0);
            await OnFrameAsync(connection, text).ConfigureAwait(false);
        }
    }
}
