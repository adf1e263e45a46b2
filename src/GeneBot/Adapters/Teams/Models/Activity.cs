using System.Text.Json;
using System.Text.Json.Serialization;

namespace GeneBot.Adapters.Teams.Models;

/// <summary>
/// A Bot Framework activity, inbound or outbound, with only the fields GeneBot uses
/// (https://learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-connector-api-reference#activity-object).
/// </summary>
public sealed record Activity
{
    public const string MessageType = "message";
    public const string ConversationUpdateType = "conversationUpdate";

    public string? Type { get; init; }
    public string? Id { get; init; }
    /// <summary>When the message was sent (ISO 8601, UTC), as the connector says; kept as text and parsed only where used.</summary>
    public string? Timestamp { get; init; }
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
    /// <summary>An Action.Submit's data and the card's input values, as the member's client sent them (any JSON: check before use).</summary>
    public JsonElement? Value { get; init; }
    /// <summary>Of a conversationUpdate: who joined the conversation (GeneBot itself when it was added).</summary>
    public IReadOnlyList<ChannelAccount>? MembersAdded { get; init; }

    /// <summary>The conversation's tenant: <c>conversation.tenantId</c>, else Teams' <c>channelData.tenant.id</c>.</summary>
    [JsonIgnore]
    public string? TenantId => Conversation?.TenantId ?? ChannelData?.Tenant?.Id;

    [JsonIgnore]
    public bool IsMessage => string.Equals(Type, MessageType, StringComparison.OrdinalIgnoreCase);

    [JsonIgnore]
    public bool IsConversationUpdate => string.Equals(Type, ConversationUpdateType, StringComparison.OrdinalIgnoreCase);

    /// <summary>A message that carries a card's submitted <see cref="Value"/> rather than something a member typed.</summary>
    [JsonIgnore]
    public bool IsSubmit => IsMessage && Value is { ValueKind: not (JsonValueKind.Undefined or JsonValueKind.Null) };
}
