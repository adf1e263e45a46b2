namespace GeneBot.Discord.Gateway;

/// <summary>Why one socket ended and what comes next. <see cref="CloseCode"/> is the code we close with, or answer
/// the server's close with (null: abort); <see cref="ExtraDelay"/> is waited before reconnecting (op 9 false).</summary>
internal sealed record SessionEnd(ReconnectAction Action, string Reason, int? CloseCode = GatewayCloseCodes.UnknownError)
{
    public TimeSpan ExtraDelay { get; init; }
    public int? ServerCloseCode { get; init; }

    public static SessionEnd Resume(string reason) => new(ReconnectAction.Resume, reason);

    public static SessionEnd Dropped(string reason) => new(ReconnectAction.Resume, reason, null);

    public static SessionEnd ServerClosed(int? code, string? reason) =>
        new(GatewayCloseCodes.Classify(code), reason ?? "", 1000) { ServerCloseCode = code };
}
