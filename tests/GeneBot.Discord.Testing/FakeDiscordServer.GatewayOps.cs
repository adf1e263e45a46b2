using System.Text.Json;
using System.Text.Json.Nodes;
using GeneBot.Discord.Testing.Gateway;

namespace GeneBot.Discord.Testing;

public sealed partial class FakeDiscordServer
{
    /// <summary>Identify frames seen so far (any connection).</summary>
    public int IdentifyCount => Frames.Snapshot().Count(f => f.Op == GatewayFrame.Identify);

    private static string Dispatch(int seq, string eventName, JsonNode? data) =>
        new JsonObject { ["op"] = 0, ["d"] = data?.DeepClone(), ["s"] = seq, ["t"] = eventName }.ToJsonString();

    private async Task OnFrameAsync(FakeGatewayConnection connection, string text)
    {
        JsonElement root;
        try
        {
            root = JsonDocument.Parse(text).RootElement.Clone();
        }
        catch (JsonException)
        {
            await connection.CloseAsync(4002, "Error while decoding payload.").ConfigureAwait(false);
            return;
        }

        var op = root.TryGetProperty("op", out var o) && o.ValueKind == JsonValueKind.Number ? o.GetInt32() : -1;
        var data = root.TryGetProperty("d", out var d) ? d : default;
        Frames.Add(new GatewayFrame(connection.Id, connection.Path, op, data, text, Now));
        switch (op)
        {
            case GatewayFrame.Heartbeat when AckHeartbeats:
                await connection.SendTextAsync("""{"op":11,"d":null,"s":null,"t":null}""").ConfigureAwait(false);
                break;
            case GatewayFrame.Identify:
                await OnIdentifyAsync(connection, data).ConfigureAwait(false);
                break;
            case GatewayFrame.Resume:
                await OnResumeAsync(connection, data).ConfigureAwait(false);
                break;
        }
    }

    private async Task OnIdentifyAsync(FakeGatewayConnection connection, JsonElement data)
    {
        if (data.ValueKind != JsonValueKind.Object || !data.TryGetProperty("token", out var token) || token.GetString() != Token)
        {
            await connection.CloseAsync(4004, "Authentication failed.").ConfigureAwait(false);
            return;
        }

        var shard = (Id: 0, Count: 1);
        if (data.TryGetProperty("shard", out var shardArray) && shardArray.ValueKind == JsonValueKind.Array && shardArray.GetArrayLength() == 2)
        {
            shard = (shardArray[0].GetInt32(), shardArray[1].GetInt32());
            if (shard.Count < 1 || shard.Id < 0 || shard.Id >= shard.Count)
            {
                await connection.CloseAsync(4010, "Invalid shard.").ConfigureAwait(false);
                return;
            }
        }

        connection.Shard = shard;
        var response = identifyResponses.TryDequeue(out var scripted) ? scripted : FakeIdentifyResponse.Ready;
        if (response == FakeIdentifyResponse.InvalidSession)
        {
            await connection.SendTextAsync("""{"op":9,"d":false,"s":null,"t":null}""").ConfigureAwait(false);
            return;
        }

        if (response == FakeIdentifyResponse.NoResponse)
        {
            return;
        }

        string id;
        lock (sessionSync)
        {
            id = sessionId = Guid.NewGuid().ToString("N");
            sessionSeq = 0;
            sessionEvents.Clear();
        }

        var ready = new JsonObject
        {
            ["v"] = 10,
            ["user"] = new JsonObject { ["id"] = BotUserId.ToString(), ["username"] = "GeneBot", ["bot"] = true, ["discriminator"] = "0" },
            ["guilds"] = new JsonArray(),
            ["session_id"] = id,
            ["resume_gateway_url"] = ResumeGatewayUrl.ToString(),
            ["shard"] = new JsonArray(shard.Id, shard.Count),
            ["application"] = new JsonObject { ["id"] = ApplicationId.ToString(), ["flags"] = 0 },
            ["some_future_field"] = "ignored",
        };
        // On the identifying socket: with several shards connected, "current" may be another shard's.
        await DispatchOnAsync(connection, "READY", ready).ConfigureAwait(false);
    }

    private async Task DispatchOnAsync(FakeGatewayConnection connection, string eventName, JsonNode? data)
    {
        int seq;
        lock (sessionSync)
        {
            seq = ++sessionSeq;
            sessionEvents.Add((seq, eventName, data?.DeepClone()));
        }

        await connection.SendTextAsync(Dispatch(seq, eventName, data)).ConfigureAwait(false);
    }

    /// <summary>The shard Discord delivers a guild's events on: (guild_id &gt;&gt; 22) % num_shards; DMs (no guild) on shard 0.</summary>
    public static int ShardFor(ulong? guildId, int shardCount) => guildId is { } id ? (int)((id >> 22) % (ulong)shardCount) : 0;

    /// <summary>Sends an event as Discord would with several shards: only on the open, identified socket of the shard
    /// that owns <paramref name="guildId"/> (shard 0 for DMs). Returns that connection.</summary>
    public async Task<FakeGatewayConnection> DispatchToShardAsync(ulong? guildId, string eventName, JsonNode? data)
    {
        var open = Connections.Snapshot().Where(c => c.Shard is not null && !c.Closed.IsCompleted).ToList();
        if (open.Count == 0)
        {
            throw new InvalidOperationException("No identified shard is connected.");
        }

        var count = open[0].Shard!.Value.Count;
        var owner = ShardFor(guildId, count);
        var connection = open.LastOrDefault(c => c.Shard!.Value.Id == owner)
            ?? throw new InvalidOperationException($"Shard {owner} of {count} is not connected.");
        var seq = Interlocked.Increment(ref shardSeq);
        await connection.SendTextAsync(Dispatch(seq, eventName, data)).ConfigureAwait(false);
        return connection;
    }

    private int shardSeq = 1_000_000;

    private async Task OnResumeAsync(FakeGatewayConnection connection, JsonElement data)
    {
        var valid = data.ValueKind == JsonValueKind.Object
            && data.TryGetProperty("token", out var token) && token.GetString() == Token
            && data.TryGetProperty("session_id", out var session) && session.GetString() == SessionId
            && !RejectResumes;
        if (!valid)
        {
            await connection.SendTextAsync("""{"op":9,"d":false,"s":null,"t":null}""").ConfigureAwait(false);
            return;
        }

        var after = data.TryGetProperty("seq", out var seq) && seq.ValueKind == JsonValueKind.Number ? seq.GetInt32() : 0;
        List<(int Seq, string Event, JsonNode? Data)> missed;
        lock (sessionSync)
        {
            missed = sessionEvents.Where(e => e.Seq > after).ToList();
        }

        foreach (var (s, name, payload) in missed)
        {
            await connection.SendTextAsync(Dispatch(s, name, payload)).ConfigureAwait(false);
        }

        await DispatchAsync("RESUMED", new JsonObject()).ConfigureAwait(false);
    }
}
