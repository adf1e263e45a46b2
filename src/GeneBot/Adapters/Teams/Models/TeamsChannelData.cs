namespace GeneBot.Adapters.Teams.Models;

/// <summary>Teams' <c>channelData</c>, of which GeneBot reads only the tenant
/// (https://learn.microsoft.com/microsoftteams/platform/bots/how-to/conversations/conversation-messages#teams-channel-data).</summary>
public sealed record TeamsChannelData(TenantInfo? Tenant);
