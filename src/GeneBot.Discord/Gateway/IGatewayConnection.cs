namespace GeneBot.Discord.Gateway;

/// <summary>The websocket seam: one connection to the gateway. Receive returns whole messages (fragments joined) or the
/// server's close; a connection lost without a close frame throws.</summary>
public interface IGatewayConnection : IAsyncDisposable
{
    Task ConnectAsync(Uri uri, CancellationToken cancellationToken = default);

    Task SendAsync(ReadOnlyMemory<byte> message, CancellationToken cancellationToken = default);

    Task<GatewayMessage> ReceiveAsync(CancellationToken cancellationToken = default);

    /// <summary>Sends a close frame with <paramref name="closeCode"/> (or answers the server's); the server's reply
    /// arrives through <see cref="ReceiveAsync"/>.</summary>
    Task CloseAsync(int closeCode, string reason, CancellationToken cancellationToken = default);

    void Abort();
}
