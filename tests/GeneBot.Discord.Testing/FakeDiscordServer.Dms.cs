using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using GeneBot.Discord.Testing.Rest;
using Microsoft.AspNetCore.Http;

namespace GeneBot.Discord.Testing;

public sealed partial class FakeDiscordServer
{
    private readonly ConcurrentDictionary<string, string> dmChannels = new();

    /// <summary>DM channels opened so far: recipient user id to channel id (one per recipient, as Discord does).</summary>
    public IReadOnlyDictionary<string, string> DmChannels => dmChannels;

    /// <summary>When false, opening a DM fails with 403 / 50007 "Cannot send messages to this user" (DMs closed).</summary>
    public bool AllowDms { get; set; } = true;

    // https://discord.com/developers/docs/resources/user#create-dm
    private Task<FakeResponse> CreateDm(HttpContext context, RecordedRequest request)
    {
        var body = request.Json;
        if (body.ValueKind != JsonValueKind.Object || !body.TryGetProperty("recipient_id", out var r) || r.ValueKind != JsonValueKind.String)
        {
            return Task.FromResult(FakeResponse.Error(400, 50035, "Invalid Form Body: recipient_id is required."));
        }

        if (!AllowDms)
        {
            return Task.FromResult(FakeResponse.Error(403, 50007, "Cannot send messages to this user"));
        }

        var recipient = r.GetString()!;
        var channel = dmChannels.GetOrAdd(recipient, _ => NewId().ToString(CultureInfo.InvariantCulture));
        return Task.FromResult(FakeResponse.Json(200, new JsonObject
        {
            ["id"] = channel,
            ["type"] = 1,
            ["recipients"] = new JsonArray(new JsonObject { ["id"] = recipient, ["username"] = "member" }),
        }));
    }
}
