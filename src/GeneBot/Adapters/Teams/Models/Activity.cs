using System.Text.Json.Serialization;

namespace GeneBot.Adapters.Teams.Models;

/// <summary>
/// A Bot Framework activity, inbound or outbound, with only the fields GeneBot uses
/// (https://learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-connector-api-reference#activity-object).
/// </summary>
public sealed record Activity
{
    public const string MessageType = "message";

    public string? Type { get; init; }
    public string? Id { get; init; }
    public string? ServiceUrl { get; init; }
    public string? ChannelId { get; init; }
    public ChannelAccount? From { get; init; }
    public ChannelAccount? Recipient { get; init; }
    public ConversationAccount? Conversation { get; init; }
    public string? Text { get; init; }
    public string? TextFormat { get; init; }
    /// <summary>What a client that cannot show the card (and a notification) shows instead.</summary>
    public string? Summary { get; init; }
    public string? ReplyToId { get; init; }
    public IReadOnlyList<Entity>? Entities { get; init; }
    public IReadOnlyList<Attachment>? Attachments { get; init; }
    public TeamsChannelData? ChannelData { get; init; }

    /// <summary>The conversation's tenant: <c>conversation.tenantId</c>, else Teams' <c>channelData.tenant.id</c>.</summary>
    [JsonIgnore]
    public string? TenantId => Conversation?.TenantId ?? ChannelData?.Tenant?.Id;

    [JsonIgnore]
    public bool IsMessage => string.Equals(Type, MessageType, StringComparison.OrdinalIgnoreCase);
}
