namespace GeneBot.Discord.Gateway;

/// <summary>Receives every dispatch (READY, MESSAGE_CREATE, INTERACTION_CREATE...). Runs on worker tasks, never on the
/// receive loop; exceptions are logged and swallowed.</summary>
public interface IGatewayEventHandler
{
    ValueTask HandleAsync(GatewayDispatch dispatch, CancellationToken cancellationToken = default);
}
