using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using GeneBot.Discord.Testing.Rest;
using Microsoft.AspNetCore.Http;

namespace GeneBot.Discord.Testing;

public sealed partial class FakeDiscordServer
{
    private readonly ConcurrentDictionary<string, (string Token, TimeSpan DispatchedAt, bool Acked)> interactions = new();
    private readonly ConcurrentDictionary<string, JsonArray> commands = new();
    private readonly Lock messageSync = new();
    private long nextId = 1_100_000_000_000_000_000;

    public AwaitableLog<CreatedMessage> Messages { get; } = new();

    /// <summary>Callbacks later than this after the interaction was dispatched get 10062.</summary>
    public TimeSpan InteractionDeadline { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>Makes an interaction known to the callback route, as if dispatched now.</summary>
    public void RegisterInteraction(ulong id, string token) => interactions[id.ToString()] = (token, Now, false);

    public ulong NewId() => (ulong)Interlocked.Increment(ref nextId);

    private Task<FakeResponse> CreateMessage(HttpContext context, RecordedRequest request)
    {
        var body = request.Json;
        var channel = (string)context.Request.RouteValues["channel_id"]!;
        var content = body.TryGetProperty("content", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString() ?? "" : "";
        if (content.Length > 2000)
        {
            return Task.FromResult(FakeResponse.Error(400, 50035, "Invalid Form Body: content must be 2000 or fewer in length."));
        }

        var nonce = body.TryGetProperty("nonce", out var n) ? n.ToString() : null;
        var enforce = body.TryGetProperty("enforce_nonce", out var e) && e.ValueKind == JsonValueKind.True;
        lock (messageSync)
        {
            var existing = enforce && nonce is not null
                ? Messages.Snapshot().FirstOrDefault(m => m.ChannelOrWebhook == channel && m.Nonce == nonce)
                : null;
            var message = existing ?? new CreatedMessage(NewId(), channel, nonce, body);
            if (existing is null)
            {
                Messages.Add(message);
            }

            return Task.FromResult(FakeResponse.Json(200, MessageJson(message, channel)));
        }
    }

    private Task<FakeResponse> StartThread(HttpContext context, RecordedRequest request)
    {
        var name = request.Json.TryGetProperty("name", out var n) ? n.GetString() : "thread";
        return Task.FromResult(FakeResponse.Json(201, new JsonObject
        {
            ["id"] = context.Request.RouteValues["message_id"]!.ToString(), ["type"] = 11, ["name"] = name,
            ["parent_id"] = context.Request.RouteValues["channel_id"]!.ToString(), ["guild_id"] = "1",
        }));
    }

    private Task<FakeResponse> Callback(HttpContext context, RecordedRequest request)
    {
        var id = (string)context.Request.RouteValues["interaction_id"]!;
        var token = (string)context.Request.RouteValues["interaction_token"]!;
        if (!interactions.TryGetValue(id, out var state) || state.Token != token || Now - state.DispatchedAt > InteractionDeadline)
        {
            return Task.FromResult(FakeResponse.Error(404, 10062, "Unknown interaction"));
        }

        if (state.Acked || !interactions.TryUpdate(id, state with { Acked = true }, state))
        {
            return Task.FromResult(FakeResponse.Error(400, 40060, "Interaction has already been acknowledged."));
        }

        return Task.FromResult(FakeResponse.NoContent());
    }

    private Task<FakeResponse> EditOriginal(HttpContext context, RecordedRequest request) => Webhook(context, request);

    private Task<FakeResponse> ExecuteWebhook(HttpContext context, RecordedRequest request) => Webhook(context, request);

    private Task<FakeResponse> Webhook(HttpContext context, RecordedRequest request)
    {
        var webhook = $"{context.Request.RouteValues["webhook_id"]}/{context.Request.RouteValues["webhook_token"]}";
        var message = new CreatedMessage(NewId(), webhook, null, request.Json);
        Messages.Add(message);
        return Task.FromResult(FakeResponse.Json(200, MessageJson(message, "1")));
    }

    private Task<FakeResponse> PutCommands(HttpContext context, RecordedRequest request)
    {
        var app = context.Request.RouteValues["application_id"]!.ToString()!;
        var guild = context.Request.RouteValues.TryGetValue("guild_id", out var g) ? g?.ToString() : null;
        var result = new JsonArray();
        foreach (var item in JsonNode.Parse(request.Body)?.AsArray() ?? [])
        {
            var command = item!.DeepClone().AsObject();
            command["id"] = NewId().ToString();
            command["application_id"] = app;
            command["version"] = NewId().ToString();
            if (guild is not null)
            {
                command["guild_id"] = guild;
            }

            result.Add(command);
        }

        commands[$"{app}/{guild}"] = result;
        return Task.FromResult(FakeResponse.Json(200, result));
    }

    private Task<FakeResponse> GetCommands(HttpContext context, RecordedRequest request)
    {
        var app = context.Request.RouteValues["application_id"]!.ToString()!;
        var guild = context.Request.RouteValues.TryGetValue("guild_id", out var g) ? g?.ToString() : null;
        return Task.FromResult(FakeResponse.Json(200, commands.TryGetValue($"{app}/{guild}", out var list) ? list.DeepClone() : new JsonArray()));
    }

    private static JsonObject MessageJson(CreatedMessage message, string channel) => new()
    {
        ["id"] = message.Id.ToString(),
        ["channel_id"] = channel,
        ["type"] = 0,
        ["content"] = message.Content ?? "",
        ["author"] = new JsonObject { ["id"] = BotUserId.ToString(), ["username"] = "GeneBot", ["bot"] = true },
        ["mentions"] = new JsonArray(),
        ["mention_roles"] = new JsonArray(),
        ["mention_everyone"] = false,
        ["nonce"] = message.Nonce,
        ["timestamp"] = "2026-01-01T00:00:00.000000+00:00",
    };
}
