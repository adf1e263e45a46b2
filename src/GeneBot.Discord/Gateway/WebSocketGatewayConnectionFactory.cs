namespace GeneBot.Discord.Gateway;

public sealed class WebSocketGatewayConnectionFactory : IGatewayConnectionFactory
{
    public IGatewayConnection Create() => new WebSocketGatewayConnection();
}
