using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Serialization.Metadata;
using GeneBot.Adapters.Teams.Auth;
using GeneBot.Adapters.Teams.Models;

namespace GeneBot.Adapters.Teams.Connector;

/// <summary>
/// Posts GeneBot's replies to the Bot Framework connector with the bot's bearer token
/// (https://learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-connector-send-and-receive-messages#reply-to-a-message),
/// and opens 1:1 chats for answers that must be private. Every request goes to the incoming activity's serviceUrl
/// (which the validator checked against the signed token), never to an address a response names. 429 and 5xx are
/// retried by the client's resilience handler; a 401 fetches a new token once.
/// </summary>
public sealed class ConnectorClient(IHttpClientFactory http, BotTokenProvider tokens)
{
    /// <summary>Replies to <paramref name="incoming"/>.</summary>
    public async Task ReplyAsync(Activity incoming, Activity reply, CancellationToken cancellationToken = default)
    {
        using var response = await SendAsync(ReplyUrl(incoming), reply, TeamsJsonContext.Default.Activity, cancellationToken).ConfigureAwait(false);
        Check(response, "reply");
    }

    /// <summary>
    /// Opens a 1:1 chat between GeneBot and the sender of <paramref name="incoming"/> (<c>POST {serviceUrl}/v3/conversations</c>)
    /// and returns its id; for a member who already has one, Teams returns that chat again. Fails with
    /// <see cref="TeamsApiException"/> (403 when the app is not installed for the member).
    /// </summary>
    public async Task<string> CreatePersonalConversationAsync(Activity incoming, CancellationToken cancellationToken = default)
    {
        var parameters = PersonalConversation(incoming);
        using var response = await SendAsync(ConversationsUrl(incoming), parameters, TeamsJsonContext.Default.ConversationParameters, cancellationToken)
            .ConfigureAwait(false);
        Check(response, "create conversation");
        var body = await response.Content.ReadFromJsonAsync(TeamsJsonContext.Default.ConversationResourceResponse, cancellationToken).ConfigureAwait(false);
        return body?.Id is { Length: > 0 } id
            ? id
            : throw new TeamsApiException("create conversation", (int)response.StatusCode, "the connector sent no conversation id");
    }

    /// <summary>Posts <paramref name="message"/> as a new message (not a reply) to <paramref name="conversationId"/> on <paramref name="incoming"/>'s serviceUrl.</summary>
    public async Task SendToConversationAsync(Activity incoming, string conversationId, Activity message, CancellationToken cancellationToken = default)
    {
        var url = new Uri($"{BaseUrl(incoming)}/v3/conversations/{Uri.EscapeDataString(conversationId)}/activities");
        using var response = await SendAsync(url, message, TeamsJsonContext.Default.Activity, cancellationToken).ConfigureAwait(false);
        Check(response, "send");
    }

    /// <summary>The body that opens a 1:1 chat with the sender of <paramref name="incoming"/>: GeneBot (its recipient), the member, the tenant.</summary>
    public static ConversationParameters PersonalConversation(Activity incoming)
    {
        var bot = incoming.Recipient?.Id ?? throw new ArgumentException("The activity has no recipient.", nameof(incoming));
        var member = incoming.From?.Id ?? throw new ArgumentException("The activity has no sender.", nameof(incoming));
        var tenant = incoming.TenantId;
        return new ConversationParameters(new ChannelAccount(bot), [new ChannelAccount(member)], tenant)
        {
            ChannelData = tenant is null ? null : new TeamsChannelData(new TenantInfo(tenant)),
        };
    }

    /// <summary><c>{serviceUrl}/v3/conversations/{conversationId}/activities/{activityId}</c>, each id escaped.</summary>
    public static Uri ReplyUrl(Activity incoming)
    {
        var conversation = Uri.EscapeDataString(incoming.Conversation?.Id ?? throw new ArgumentException("The activity has no conversation.", nameof(incoming)));
        var activity = Uri.EscapeDataString(incoming.Id ?? throw new ArgumentException("The activity has no id.", nameof(incoming)));
        return new Uri($"{BaseUrl(incoming)}/v3/conversations/{conversation}/activities/{activity}");
    }

    private static Uri ConversationsUrl(Activity incoming) => new($"{BaseUrl(incoming)}/v3/conversations");

    private static string BaseUrl(Activity incoming) =>
        (incoming.ServiceUrl ?? throw new ArgumentException("The activity has no serviceUrl.", nameof(incoming))).TrimEnd('/');

    /// <summary>Posts <paramref name="body"/>; on a 401 forgets the token and posts once more with a new one.</summary>
    private async Task<HttpResponseMessage> SendAsync<T>(Uri url, T body, JsonTypeInfo<T> type, CancellationToken cancellationToken)
    {
        var response = await PostAsync(url, body, type, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.Unauthorized)
            return response;
        response.Dispose();
        tokens.Invalidate();
        return await PostAsync(url, body, type, cancellationToken).ConfigureAwait(false);
    }

    private async Task<HttpResponseMessage> PostAsync<T>(Uri url, T body, JsonTypeInfo<T> type, CancellationToken cancellationToken)
    {
        var token = await tokens.GetTokenAsync(cancellationToken).ConfigureAwait(false);
        using var client = http.CreateClient(TeamsAdapterSetup.ConnectorClient);
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(body, type) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await client.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }

    private static void Check(HttpResponseMessage response, string what)
    {
        if (!response.IsSuccessStatusCode)
            throw new TeamsApiException(what, (int)response.StatusCode);
    }
}
