namespace GeneBot.Adapters.Teams.Models;

/// <summary>A user or bot in a channel; Teams adds the member's AAD object id
/// (https://learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-connector-api-reference#channelaccount-object).</summary>
public sealed record ChannelAccount(string? Id, string? Name = null)
{
    public string? AadObjectId { get; init; }
}
