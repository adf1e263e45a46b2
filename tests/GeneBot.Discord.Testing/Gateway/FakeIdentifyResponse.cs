namespace GeneBot.Discord.Testing.Gateway;

/// <summary>What the fake gateway does with the next IDENTIFY (default: READY).</summary>
public enum FakeIdentifyResponse
{
    Ready,
    InvalidSession,
    NoResponse,
}
