namespace GeneBot.Discord.Gateway;

/// <summary>Discord closed the gateway with a code that retrying cannot fix (4004, 4010-4014). The host should log
/// this once and exit non-zero.</summary>
public sealed class DiscordGatewayFatalException(int closeCode, string reason)
    : Exception($"Discord closed the gateway with fatal code {closeCode} ({reason}).")
{
    public int CloseCode { get; } = closeCode;
    public string Reason { get; } = reason;
}
