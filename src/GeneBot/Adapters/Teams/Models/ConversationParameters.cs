namespace GeneBot.Adapters.Teams.Models;

/// <summary>
/// The body of <c>POST /v3/conversations</c>: GeneBot opening a 1:1 chat with one member. Teams wants the tenant, which
/// is sent both as <c>tenantId</c> and, as Teams' own samples do, in <c>channelData.tenant.id</c>
/// (https://learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-connector-api-reference#conversationparameters-object,
/// https://learn.microsoft.com/microsoftteams/platform/bots/how-to/conversations/send-proactive-messages).
/// </summary>
public sealed record ConversationParameters(ChannelAccount Bot, IReadOnlyList<ChannelAccount> Members, string? TenantId, bool IsGroup = false)
{
    public TeamsChannelData? ChannelData { get; init; }
}
