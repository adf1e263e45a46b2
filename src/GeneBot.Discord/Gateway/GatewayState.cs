namespace GeneBot.Discord.Gateway;

/// <summary>Where the gateway client is in its life cycle.</summary>
public enum GatewayState
{
    Disconnected,
    WaitingForIdentifyBudget,
    Connecting,
    Identifying,
    Resuming,
    Ready,
    Resumed,
    Reconnecting,
    Stopped,
    Faulted,
}
