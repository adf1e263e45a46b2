namespace GeneBot.Discord.Gateway;

/// <summary>What to do after a socket ends.</summary>
public enum ReconnectAction
{
    Resume,
    Identify,
    Fatal,
    Stop,
}
