namespace GeneBot.Adapters.Teams.Models;

/// <summary>Teams' <c>channelData</c>, of which GeneBot reads the tenant and, for a channel, its name when Teams gives it
/// (https://learn.microsoft.com/microsoftteams/platform/bots/how-to/conversations/conversation-messages#teams-channel-data).</summary>
public sealed record TeamsChannelData(TenantInfo? Tenant)
{
    public ChannelInfo? Channel { get; init; }
}
