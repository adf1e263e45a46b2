namespace GeneBot.Discord.Gateway;

// https://discord.com/developers/docs/topics/opcodes-and-status-codes#gateway-gateway-close-event-codes
public static class GatewayCloseCodes
{
    public const int UnknownError = 4000;
    public const int AuthenticationFailed = 4004;

    /// <summary>Resume for 4000-4002/4008, 1000/1001 and anything unknown; IDENTIFY anew for 4003/4005/4006/4007/4009;
    /// stop for 4004 and 4010-4014.</summary>
    public static ReconnectAction Classify(int? closeCode) => closeCode switch
    {
        4004 or (>= 4010 and <= 4014) => ReconnectAction.Fatal,
        4003 or 4005 or 4006 or 4007 or 4009 => ReconnectAction.Identify,
        _ => ReconnectAction.Resume,
    };
}
