using System.Text.Json.Serialization;

namespace GeneBot.Adapters.Teams.Models;

/// <summary>An entity of an activity; GeneBot reads mentions: <c>{type:"mention", mentioned, text:"&lt;at&gt;GeneBot&lt;/at&gt;"}</c>
/// (https://learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-connector-api-reference#mention-object).</summary>
public sealed record Entity(string? Type, ChannelAccount? Mentioned = null, string? Text = null)
{
    public const string MentionType = "mention";

    [JsonIgnore]
    public bool IsMention => string.Equals(Type, MentionType, StringComparison.OrdinalIgnoreCase);
}
