using System.Text.Json.Nodes;

namespace GeneBot.Adapters.Teams.Models;

/// <summary>A card or file attached to an activity
/// (https://learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-connector-api-reference#attachment-object).</summary>
public sealed record Attachment(string ContentType, JsonNode? Content)
{
    public const string AdaptiveCard = "application/vnd.microsoft.card.adaptive";
}
