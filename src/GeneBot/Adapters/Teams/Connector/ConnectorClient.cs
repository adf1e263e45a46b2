using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using GeneBot.Adapters.Teams.Auth;
using GeneBot.Adapters.Teams.Models;

namespace GeneBot.Adapters.Teams.Connector;

/// <summary>
/// Posts GeneBot's replies to the Bot Framework connector with the bot's bearer token
/// (https://learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-connector-send-and-receive-messages#reply-to-a-message).
/// 429 and 5xx are retried by the client's resilience handler; a 401 fetches a new token once.
/// </summary>
public sealed class ConnectorClient(IHttpClientFactory http, BotTokenProvider tokens)
{
    /// <summary>Replies to <paramref name="incoming"/> (whose serviceUrl the validator checked against the signed token).</summary>
    public async Task ReplyAsync(Activity incoming, Activity reply, CancellationToken cancellationToken = default)
    {
        var url = ReplyUrl(incoming);
        using var response = await PostAsync(url, reply, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.Unauthorized)
        {
            tokens.Invalidate();
            using var again = await PostAsync(url, reply, cancellationToken).ConfigureAwait(false);
            Check(again);
            return;
        }
        Check(response);
    }

    /// <summary><c>{serviceUrl}/v3/conversations/{conversationId}/activities/{activityId}</c>, each id escaped.</summary>
    public static Uri ReplyUrl(Activity incoming)
    {
        var baseUrl = (incoming.ServiceUrl ?? throw new ArgumentException("The activity has no serviceUrl.", nameof(incoming))).TrimEnd('/');
        var conversation = Uri.EscapeDataString(incoming.Conversation?.Id ?? throw new ArgumentException("The activity has no conversation.", nameof(incoming)));
        var activity = Uri.EscapeDataString(incoming.Id ?? throw new ArgumentException("The activity has no id.", nameof(incoming)));
        return new Uri($"{baseUrl}/v3/conversations/{conversation}/activities/{activity}");
    }

    private async Task<HttpResponseMessage> PostAsync(Uri url, Activity reply, CancellationToken cancellationToken)
    {
        var token = await tokens.GetTokenAsync(cancellationToken).ConfigureAwait(false);
        using var client = http.CreateClient(TeamsAdapterSetup.ConnectorClient);
        using var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = JsonContent.Create(reply, TeamsJsonContext.Default.Activity),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await client.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }

    private static void Check(HttpResponseMessage response)
    {
        if (!response.IsSuccessStatusCode)
            throw new TeamsApiException("reply", (int)response.StatusCode);
    }
}
