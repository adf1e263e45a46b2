using System.Text.Json.Nodes;
using GeneBot.Discord.Testing;

namespace GeneBot.Discord.Tests.Support;

/// <summary>Gateway payloads for tests.</summary>
public static class Some
{
    public static JsonObject MessageCreate(string content, bool mentionBot = false) => new()
    {
        ["id"] = "1200000000000000001",
        ["channel_id"] = "1200000000000000002",
        ["guild_id"] = "1200000000000000003",
        ["author"] = new JsonObject { ["id"] = "1200000000000000004", ["username"] = "alice", ["global_name"] = "Alice" },
        ["member"] = new JsonObject { ["roles"] = new JsonArray("1200000000000000005"), ["joined_at"] = "2025-01-01T00:00:00Z" },
        ["content"] = content,
        ["mentions"] = mentionBot
            ? new JsonArray(new JsonObject { ["id"] = FakeDiscordServer.BotUserId.ToString(), ["username"] = "GeneBot", ["bot"] = true })
            : new JsonArray(),
        ["mention_roles"] = new JsonArray(),
        ["mention_everyone"] = false,
        ["type"] = 0,
        ["timestamp"] = "2026-01-01T00:00:00.000000+00:00",
        ["a_field_from_the_future"] = new JsonObject { ["nested"] = 1 },
    };

    public static JsonObject SlashCommand(string name, string question, string token = "interaction-token") => new()
    {
        ["id"] = "1300000000000000001",
        ["application_id"] = FakeDiscordServer.ApplicationId.ToString(),
        ["type"] = 2,
        ["token"] = token,
        ["version"] = 1,
        ["guild_id"] = "1200000000000000003",
        ["channel_id"] = "1200000000000000002",
        ["member"] = new JsonObject
        {
            ["user"] = new JsonObject { ["id"] = "1200000000000000004", ["username"] = "alice" },
            ["roles"] = new JsonArray(),
            ["permissions"] = "2147483647",
        },
        ["data"] = new JsonObject
        {
            ["id"] = "1300000000000000002",
            ["name"] = name,
            ["type"] = 1,
            ["options"] = new JsonArray(new JsonObject { ["name"] = "question", ["type"] = 3, ["value"] = question }),
        },
        ["app_permissions"] = "0",
        ["locale"] = "en-US",
    };
}
