using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using GeneBot.Discord.Testing.Contract;
using GeneBot.Discord.Testing.Rest;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace GeneBot.Discord.Testing;

public sealed partial class FakeDiscordServer
{
    private const string Api = "/api/v10";
    private readonly ConcurrentQueue<(string PathFragment, RestFault Fault)> faults = new();
    private readonly ConcurrentDictionary<string, (TimeSpan WindowStart, int Used)> bucketUse = new();
    private int bucketViolations;

    public AwaitableLog<RecordedRequest> Requests { get; } = new();

    /// <summary>Exceptions thrown by the fake itself (a bug in the fake, never expected).</summary>
    public AwaitableLog<Exception> Failures { get; } = new();

    /// <summary>Request bodies that did not match openapi.json (empty when the contract check is skipped).</summary>
    public AwaitableLog<SchemaViolation> SchemaViolations { get; } = new();

    /// <summary>Requests the fake rejected with an unscripted 429 because the client ignored the bucket headers.</summary>
    public int BucketViolations => Volatile.Read(ref bucketViolations);
    public int BucketLimit { get; set; } = 50;

    /// <summary>Every REST response is delayed by this much (a slow Discord).</summary>
    public TimeSpan ResponseDelay { get; set; } = TimeSpan.Zero;
    public TimeSpan BucketWindow { get; set; } = TimeSpan.FromSeconds(1);

    public JsonObject SessionStartLimit { get; set; } = new()
    {
        ["total"] = 1000, ["remaining"] = 1000, ["reset_after"] = 86_400_000, ["max_concurrency"] = 1,
    };

    /// <summary>The next request whose path contains <paramref name="pathFragment"/> gets <paramref name="fault"/>.</summary>
    private readonly TaskCompletionSource releaseHeld = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>When set, REST requests whose path contains this wait (after being logged in <see cref="Held"/>) until
    /// <see cref="ReleaseHeldRequests"/>: a slow Discord, to keep a reply in flight.</summary>
    public string? HoldRequestsMatching { get; set; }

    public AwaitableLog<RecordedRequest> Held { get; } = new();

    public void ReleaseHeldRequests() => releaseHeld.TrySetResult();

    /// <summary>GET /gateway/bot's recommended "shards".</summary>
    public int RecommendedShards { get; set; } = 1;

    /// <summary>session_start_limit.max_concurrency in GET /gateway/bot.</summary>
    public int MaxConcurrency
    {
        get => (int)SessionStartLimit["max_concurrency"]!;
        set => SessionStartLimit["max_concurrency"] = value;
    }

    public void EnqueueFault(string pathFragment, RestFault fault, int times = 1)
    {
        for (var i = 0; i < times; i++)
        {
            faults.Enqueue((pathFragment, fault));
        }
    }

    public Task<RecordedRequest> WaitForRequestAsync(Func<RecordedRequest, bool> predicate, TimeSpan? timeout = null) =>
        Requests.WaitForAsync(predicate, timeout ?? TimeSpan.FromSeconds(15), "request");

    private void MapRest(WebApplication web)
    {
        Route(web, "GET", "/gateway/bot", auth: true, (_, _) => Task.FromResult(GatewayBotBody()));
        Route(web, "POST", "/channels/{channel_id}/messages", auth: true, CreateMessage);
        Route(web, "POST", "/channels/{channel_id}/messages/{message_id}/threads", auth: true, StartThread);
        Route(web, "POST", "/users/@me/channels", auth: true, CreateDm);
        Route(web, "POST", "/interactions/{interaction_id}/{interaction_token}/callback", auth: false, Callback);
        Route(web, "PATCH", "/webhooks/{webhook_id}/{webhook_token}/messages/@original", auth: false, EditOriginal);
        Route(web, "POST", "/webhooks/{webhook_id}/{webhook_token}", auth: false, ExecuteWebhook);
        Route(web, "PUT", "/applications/{application_id}/commands", auth: true, PutCommands);
        Route(web, "GET", "/applications/{application_id}/commands", auth: true, GetCommands);
        Route(web, "PUT", "/applications/{application_id}/guilds/{guild_id}/commands", auth: true, PutCommands);
        Route(web, "GET", "/applications/{application_id}/guilds/{guild_id}/commands", auth: true, GetCommands);
    }

    private void Route(WebApplication web, string method, string template, bool auth, Func<HttpContext, RecordedRequest, Task<FakeResponse>> handler) =>
        web.MapMethods(Api + template, [method], async context =>
        {
            using var reader = new StreamReader(context.Request.Body);
            var body = await reader.ReadToEndAsync().ConfigureAwait(false);
            var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
            var request = new RecordedRequest(method, context.Request.Path.Value ?? "", template, headers, body, Now);
            FakeResponse response;
            try
            {
                if (HoldRequestsMatching is { } held && request.Path.Contains(held, StringComparison.Ordinal) && !releaseHeld.Task.IsCompleted)
                {
                    Held.Add(request);
                    await releaseHeld.Task.WaitAsync(TimeSpan.FromMinutes(2)).ConfigureAwait(false);
                    request.ClientGone = context.RequestAborted.IsCancellationRequested;
                }

                if (ResponseDelay > TimeSpan.Zero)
                {
                    await Task.Delay(ResponseDelay).ConfigureAwait(false);
                }

                response = await ProcessAsync(context, request, template, auth, handler).ConfigureAwait(false);
            }
            catch (Exception ex)
            {
                Failures.Add(ex);
                response = FakeResponse.Error(500, 0, ex.ToString());
            }

            request.Status = response.Status;
            Requests.Add(request);
            try
            {
                await response.WriteAsync(context).ConfigureAwait(false);
            }
            finally
            {
                request.ClientGone |= context.RequestAborted.IsCancellationRequested;
                request.Answered.TrySetResult();
            }
        });

    private async Task<FakeResponse> ProcessAsync(HttpContext context, RecordedRequest request, string template, bool auth,
        Func<HttpContext, RecordedRequest, Task<FakeResponse>> handler)
    {
        if (auth && request.Header("Authorization") != $"Bot {Token}")
        {
            return FakeResponse.Error(401, 0, "401: Unauthorized");
        }

        if (NextFault(request.Path) is { } fault)
        {
            if (fault.ProcessFirst)
            {
                await handler(context, request).ConfigureAwait(false);
            }

            return FakeResponse.FromFault(fault);
        }

        var bucketKey = $"{template} {string.Join('/', request.Path.Split('/').Skip(3).Take(2))}";
        if (!TakeBucket(bucketKey, out var remaining, out var resetAfter))
        {
            Interlocked.Increment(ref bucketViolations);
            return FakeResponse.FromFault(RestFault.RateLimited(resetAfter.TotalSeconds)).WithBucket(template, BucketLimit, 0, resetAfter);
        }

        if (request.Body.Length > 0)
        {
            var errors = Validator.Validate(request.Method, template, request.Body);
            if (errors.Count > 0)
            {
                SchemaViolations.Add(new SchemaViolation(request.Method, template, request.Body, errors));
            }
        }

        var result = await handler(context, request).ConfigureAwait(false);
        return result.WithBucket(template, BucketLimit, remaining, resetAfter);
    }

    private RestFault? NextFault(string path)
    {
        if (faults.TryPeek(out var next) && path.Contains(next.PathFragment, StringComparison.Ordinal) && faults.TryDequeue(out next))
        {
            return next.Fault;
        }

        return null;
    }

    private bool TakeBucket(string key, out int remaining, out TimeSpan resetAfter)
    {
        var now = Now;
        var ok = true;
        var state = bucketUse.AddOrUpdate(key, _ => (now, 1), (_, s) =>
        {
            if (now - s.WindowStart >= BucketWindow)
            {
                return (now, 1);
            }

            ok = s.Used < BucketLimit;
            return ok ? (s.WindowStart, s.Used + 1) : s;
        });
        remaining = Math.Max(0, BucketLimit - state.Used);
        resetAfter = state.WindowStart + BucketWindow - now;
        return ok;
    }

    private FakeResponse GatewayBotBody() => FakeResponse.Json(200, new JsonObject
    {
        ["url"] = GatewayUrl.ToString(),
        ["shards"] = RecommendedShards,
        ["session_start_limit"] = SessionStartLimit.DeepClone(),
    });
}
