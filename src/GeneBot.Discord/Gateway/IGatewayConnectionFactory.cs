namespace GeneBot.Discord.Gateway;

/// <summary>Creates a fresh connection for every socket (a new socket after every reconnect).</summary>
public interface IGatewayConnectionFactory
{
    IGatewayConnection Create();
}
