using System.Buffers;
using System.Net.WebSockets;

namespace GeneBot.Discord.Gateway;

/// <summary><see cref="IGatewayConnection"/> over <see cref="ClientWebSocket"/>. Joins fragments until EndOfMessage;
/// sends are serialized (a websocket allows one send at a time).</summary>
public sealed class WebSocketGatewayConnection : IGatewayConnection
{
    private static readonly TimeSpan CloseTimeout = TimeSpan.FromSeconds(2);
    private readonly ClientWebSocket socket = new();
    private readonly SemaphoreSlim sendLock = new(1, 1);
    private readonly byte[] buffer = new byte[16 * 1024];

    public WebSocketGatewayConnection() => socket.Options.KeepAliveInterval = TimeSpan.Zero;

    public Task ConnectAsync(Uri uri, CancellationToken cancellationToken = default) => socket.ConnectAsync(uri, cancellationToken);

    public async Task SendAsync(ReadOnlyMemory<byte> message, CancellationToken cancellationToken = default)
    {
        await sendLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await socket.SendAsync(message, WebSocketMessageType.Text, true, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            sendLock.Release();
        }
    }

    public async Task<GatewayMessage> ReceiveAsync(CancellationToken cancellationToken = default)
    {
        var message = new ArrayBufferWriter<byte>(buffer.Length);
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer.AsMemory(), cancellationToken).ConfigureAwait(false);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return GatewayMessage.Close((int?)socket.CloseStatus, socket.CloseStatusDescription);
            }

            message.Write(buffer.AsSpan(0, result.Count));
            if (result.EndOfMessage)
            {
                return new GatewayMessage(message.WrittenMemory);
            }
        }
    }

    public async Task CloseAsync(int closeCode, string reason, CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(CloseTimeout);
        await sendLock.WaitAsync(timeout.Token).ConfigureAwait(false);
        try
        {
            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                await socket.CloseOutputAsync((WebSocketCloseStatus)closeCode, reason, timeout.Token).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            socket.Abort();
        }
        finally
        {
            sendLock.Release();
        }
    }

    public void Abort() => socket.Abort();

    public ValueTask DisposeAsync()
    {
        socket.Dispose();
        sendLock.Dispose();
        return ValueTask.CompletedTask;
    }
}
