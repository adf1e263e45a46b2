namespace GeneBot.Discord.Models;

// https://discord.com/developers/docs/events/gateway-events#ready
public sealed record ReadyEvent(int V, User User, string SessionId, string ResumeGatewayUrl)
{
    public ReadyApplication? Application { get; init; }
    public IReadOnlyList<int>? Shard { get; init; }
}
