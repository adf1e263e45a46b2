namespace GeneBot.Discord.Gateway;

/// <summary>A whole text message from the gateway, or the server's close (code and reason).</summary>
public sealed record GatewayMessage(ReadOnlyMemory<byte> Message, bool IsClose = false, int? CloseCode = null, string? CloseReason = null)
{
    public static GatewayMessage Close(int? code, string? reason) => new(ReadOnlyMemory<byte>.Empty, true, code, reason);
}
