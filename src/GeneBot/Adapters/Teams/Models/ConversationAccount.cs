using System.Text.Json.Serialization;

namespace GeneBot.Adapters.Teams.Models;

/// <summary>The conversation an activity belongs to; Teams sets <see cref="ConversationType"/> to personal, groupChat or channel
/// (https://learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-connector-api-reference#conversationaccount-object).</summary>
public sealed record ConversationAccount(string? Id)
{
    public const string Personal = "personal";
    public const string Channel = "channel";

    /// <summary>The conversation's display name, when the connector gives one (a named group chat, sometimes a channel).</summary>
    public string? Name { get; init; }
    public bool? IsGroup { get; init; }
    public string? ConversationType { get; init; }
    public string? TenantId { get; init; }

    /// <summary>A 1:1 chat with the bot: Teams' "personal", or (other channels) a conversation that is not a group.</summary>
    [JsonIgnore]
    public bool IsPersonal => ConversationType is { } type
        ? string.Equals(type, Personal, StringComparison.OrdinalIgnoreCase)
        : IsGroup != true;
}
