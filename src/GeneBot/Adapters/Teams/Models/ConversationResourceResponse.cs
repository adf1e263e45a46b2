namespace GeneBot.Adapters.Teams.Models;

/// <summary>The connector's answer to <c>POST /v3/conversations</c>: the new (or existing 1:1) conversation's id
/// (https://learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-connector-api-reference#conversationresourceresponse-object).</summary>
public sealed record ConversationResourceResponse(string? Id);
