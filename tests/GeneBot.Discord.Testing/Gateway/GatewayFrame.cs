using System.Text.Json;

namespace GeneBot.Discord.Testing.Gateway;

/// <summary>One frame the client sent to the fake gateway.</summary>
public sealed record GatewayFrame(int ConnectionId, string Path, int Op, JsonElement Data, string Text, TimeSpan At)
{
    public const int Heartbeat = 1;
    public const int Identify = 2;
    public const int Resume = 6;
}
