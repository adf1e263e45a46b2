using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json.Nodes;
using GeneBot.Discord.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace GeneBot.Tests.Support.Teams;

/// <summary>
/// The Bot Framework connector and its token endpoint on 127.0.0.1: records every reply POST, new conversation, message
/// to a conversation and token request, hands out numbered tokens (<c>connector-token-1</c>, …) and answers scripted
/// failures (429 with Retry-After, 5xx) for an activity or for messages to a conversation, or refuses 1:1 conversations
/// with a member (403 by default).
/// </summary>
public sealed class FakeConnector : IAsyncDisposable
{
    public const string TokenPath = "/botframework.com/oauth2/v2.0/token";
    public const int TokenLifetimeSeconds = 3600;

    private readonly ConcurrentDictionary<string, ConcurrentQueue<(int Status, string? RetryAfter)>> faults = new();
    private readonly ConcurrentDictionary<string, int> refusedMembers = new();
    private readonly ConcurrentDictionary<string, TaskCompletionSource> holds = new();
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private WebApplication app = null!;
    private int tokens;

    public Uri BaseUri { get; private set; } = null!;

    /// <summary>The activities' serviceUrl: where GeneBot posts its replies.</summary>
    public string ServiceUrl => BaseUri.ToString();

    public string TokenEndpoint => new Uri(BaseUri, TokenPath.TrimStart('/')).ToString();

    /// <summary>Every reply POST, failed ones included.</summary>
    public AwaitableLog<ConnectorRequest> Replies { get; } = new();

    public AwaitableLog<ConnectorRequest> TokenRequests { get; } = new();

    /// <summary>Every <c>POST /v3/conversations</c> (GeneBot opening a 1:1 chat), refused ones included.</summary>
    public AwaitableLog<ConnectorRequest> Conversations { get; } = new();

    /// <summary>Every <c>POST /v3/conversations/{id}/activities</c>: a message that is not a reply.</summary>
    public AwaitableLog<ConnectorRequest> Messages { get; } = new();

    public static async Task<FakeConnector> StartAsync()
    {
        var connector = new FakeConnector();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        connector.app = builder.Build();
        connector.app.MapPost(TokenPath, (Delegate)connector.TokenAsync);
        connector.app.MapPost("/v3/conversations/{conversationId}/activities/{activityId}", (HttpContext context, string activityId) => connector.ReplyAsync(context, activityId));
        connector.app.MapPost("/v3/conversations", (Delegate)connector.CreateConversationAsync);
        connector.app.MapPost("/v3/conversations/{conversationId}/activities", (Delegate)connector.SendToConversationAsync);
        await connector.app.StartAsync();
        connector.BaseUri = new Uri(connector.app.Urls.First().TrimEnd('/') + "/");
        return connector;
    }

    /// <summary>The next <paramref name="times"/> replies to <paramref name="activityId"/> are answered with <paramref name="status"/>.</summary>
    public void Fail(string activityId, int status, int times = 1, string? retryAfter = null)
    {
        var queue = faults.GetOrAdd(activityId, _ => new());
        for (var i = 0; i < times; i++)
            queue.Enqueue((status, retryAfter));
    }

    /// <summary>The next <paramref name="times"/> messages to conversation <paramref name="conversationId"/> are answered with <paramref name="status"/>.</summary>
    public void FailMessagesTo(string conversationId, int status, int times = 1) => Fail(conversationId, status, times);

    /// <summary>The reply to <paramref name="activityId"/> is received (and logged) but not answered until the returned source completes.</summary>
    public TaskCompletionSource Hold(string activityId) =>
        holds.GetOrAdd(activityId, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));

    /// <summary>Every later <c>POST /v3/conversations</c> with <paramref name="memberId"/> (a <c>from.id</c>) is answered with <paramref name="status"/>, as Teams does for a member who has not installed the app.</summary>
    public void RefuseConversationsWith(string memberId, int status = 403) => refusedMembers[memberId] = status;

    /// <summary>The id of the 1:1 conversation the fake opens with <paramref name="memberId"/>: the same every time, as in Teams.</summary>
    public static string PersonalConversationId(string memberId) => "a:1private-" + memberId;

    /// <summary>The messages posted to conversation <paramref name="conversationId"/>.</summary>
    public IReadOnlyList<ConnectorRequest> MessagesTo(string conversationId) =>
        Messages.Snapshot().Where(m => m.Path == MessagesPath(conversationId)).ToArray();

    /// <summary>The first successful message posted to conversation <paramref name="conversationId"/>.</summary>
    public Task<ConnectorRequest> WaitForMessageAsync(string conversationId) =>
        Messages.WaitForAsync(m => m.Path == MessagesPath(conversationId) && m.Status == 200, Timeouts.Wait, $"a message to {conversationId}");

    private static string MessagesPath(string conversationId) => $"/v3/conversations/{conversationId}/activities";

    /// <summary>The reply POSTs for activity <paramref name="activityId"/> (the last path segment).</summary>
    public IReadOnlyList<ConnectorRequest> RepliesTo(string activityId) =>
        Replies.Snapshot().Where(r => IsFor(r, activityId)).ToArray();

    /// <summary>The first successful reply to <paramref name="activityId"/>.</summary>
    public Task<ConnectorRequest> WaitForReplyAsync(string activityId) =>
        Replies.WaitForAsync(r => IsFor(r, activityId) && r.Status == 200, Timeouts.Wait, $"a reply to {activityId}");

    private static bool IsFor(ConnectorRequest request, string activityId) =>
        request.Path.EndsWith("/activities/" + activityId, StringComparison.Ordinal);

    private async Task<IResult> TokenAsync(HttpContext context)
    {
        var body = await new StreamReader(context.Request.Body).ReadToEndAsync();
        TokenRequests.Add(new ConnectorRequest(context.Request.Path, null, body, 200, clock.Elapsed));
        var n = Interlocked.Increment(ref tokens);
        return Results.Json(new { token_type = "Bearer", expires_in = TokenLifetimeSeconds, access_token = $"connector-token-{n}" });
    }

    private async Task<IResult> ReplyAsync(HttpContext context, string activityId)
    {
        var body = await new StreamReader(context.Request.Body).ReadToEndAsync();
        var fault = faults.TryGetValue(activityId, out var queue) && queue.TryDequeue(out var f) ? f : ((int Status, string? RetryAfter)?)null;
        var status = fault?.Status ?? 200;
        Replies.Add(new ConnectorRequest(context.Request.Path.Value!, context.Request.Headers.Authorization.ToString(), body, status, clock.Elapsed));
        if (holds.TryGetValue(activityId, out var hold))
            await hold.Task.WaitAsync(context.RequestAborted);
        if (fault is { RetryAfter: { } retryAfter })
            context.Response.Headers.RetryAfter = retryAfter;
        return status == 200 ? Results.Json(new { id = "reply-" + activityId }) : Results.StatusCode(status);
    }

    private async Task<IResult> CreateConversationAsync(HttpContext context)
    {
        var body = await new StreamReader(context.Request.Body).ReadToEndAsync();
        var member = JsonNode.Parse(body)?["members"]?[0]?["id"]?.GetValue<string>() ?? "";
        var status = refusedMembers.TryGetValue(member, out var refused) ? refused : 200;
        Conversations.Add(new ConnectorRequest(context.Request.Path.Value!, context.Request.Headers.Authorization.ToString(), body, status, clock.Elapsed));
        return status == 200 ? Results.Json(new { id = PersonalConversationId(member) }) : Results.StatusCode(status);
    }

    private async Task<IResult> SendToConversationAsync(HttpContext context, string conversationId)
    {
        var body = await new StreamReader(context.Request.Body).ReadToEndAsync();
        var status = faults.TryGetValue(conversationId, out var queue) && queue.TryDequeue(out var fault) ? fault.Status : 200;
        Messages.Add(new ConnectorRequest(context.Request.Path.Value!, context.Request.Headers.Authorization.ToString(), body, status, clock.Elapsed));
        return status == 200 ? Results.Json(new { id = $"message-{Messages.Snapshot().Count}" }) : Results.StatusCode(status);
    }

    public async ValueTask DisposeAsync()
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await app.StopAsync(cts.Token);
        await app.DisposeAsync();
    }
}
