using System.Globalization;
using System.Text.Json.Nodes;
using GeneBot.Discord.Testing;

namespace GeneBot.Tests.Support;

/// <summary>INTERACTION_CREATE payloads for moderation: subcommands, autocomplete, button presses and modal submits, from a member with given permissions and roles.</summary>
public static class SomeInteraction
{
    public const string ModeratorRoleId = "1500000000000000001";
    public const string AdminRoleId = "1500000000000000002";
    public const string ModeratorChannelId = "1500000000000000009";
    public const string Everyone = "2048";

    /// <summary>Settings for a harness with moderator and admin roles, a moderator channel, and no reindex cooldown.</summary>
    public static Dictionary<string, string?> Settings() => new()
    {
        ["Bot:ModeratorRoleIds"] = ModeratorRoleId,
        ["Bot:AdminRoleIds"] = AdminRoleId,
        ["Bot:ModeratorChannelId"] = ModeratorChannelId,
        ["Corpus:ReindexCooldown"] = "00:00:00",
        ["Corpus:ProgressInterval"] = "00:00:00.100",
    };

    public static JsonObject Member(string permissions = Everyone, params string[] roles) => new()
    {
        ["user"] = Some.Human,
        ["roles"] = new JsonArray([.. roles.Select(r => (JsonNode)JsonValue.Create(r)!)]),
        ["permissions"] = permissions,
    };

    /// <summary><c>/name sub option:value …</c> in a guild channel.</summary>
    public static JsonObject Subcommand(string name, string sub, JsonObject? member = null, params (string Name, object Value)[] options)
    {
        var subOption = new JsonObject { ["name"] = sub, ["type"] = 1, ["options"] = Options(options) };
        return Interaction(2, new JsonObject { ["id"] = "1300000000000000002", ["name"] = name, ["type"] = 1, ["options"] = new JsonArray(subOption) }, member);
    }

    /// <summary><c>/name option:value …</c> (no subcommand) in a guild channel.</summary>
    public static JsonObject Command(string name, JsonObject? member = null, params (string Name, object Value)[] options) =>
        Interaction(2, new JsonObject { ["id"] = "1300000000000000003", ["name"] = name, ["type"] = 1, ["options"] = Options(options) }, member);

    /// <summary>Discord asking for choices while the member types <paramref name="typed"/> into /faq sub's key.</summary>
    public static JsonObject Autocomplete(string sub, string typed)
    {
        var key = new JsonObject { ["name"] = "key", ["type"] = 3, ["value"] = typed, ["focused"] = true };
        var subOption = new JsonObject { ["name"] = sub, ["type"] = 1, ["options"] = new JsonArray(key) };
        return Interaction(4, new JsonObject { ["id"] = "1300000000000000002", ["name"] = "faq", ["type"] = 1, ["options"] = new JsonArray(subOption) }, null);
    }

    /// <summary>A press of the button <paramref name="customId"/> under GeneBot's message <paramref name="messageId"/>.</summary>
    public static JsonObject Button(string customId, string messageId, string channelId = Some.ChannelId)
    {
        var interaction = Interaction(3, new JsonObject { ["custom_id"] = customId, ["component_type"] = 2 }, null, channelId);
        interaction["message"] = new JsonObject
        {
            ["id"] = messageId,
            ["channel_id"] = channelId,
            ["author"] = Some.GeneBotItself,
            ["content"] = "",
            ["type"] = 0,
            ["timestamp"] = "2026-01-01T00:00:00.000000+00:00",
        };
        return interaction;
    }

    /// <summary>The submit of modal <paramref name="customId"/> with <paramref name="reason"/> in its text input.</summary>
    public static JsonObject ModalSubmit(string customId, string reason)
    {
        var input = new JsonObject { ["type"] = 4, ["custom_id"] = "reason", ["value"] = reason };
        var row = new JsonObject { ["type"] = 1, ["components"] = new JsonArray(input) };
        return Interaction(5, new JsonObject { ["custom_id"] = customId, ["components"] = new JsonArray(row) }, null);
    }

    private static JsonArray Options((string Name, object Value)[] options) =>
        new([.. options.Select(o => (JsonNode)new JsonObject
        {
            ["name"] = o.Name,
            ["type"] = o.Value is int ? 4 : 3,
            ["value"] = o.Value is int i ? JsonValue.Create(i) : JsonValue.Create(o.Value.ToString()),
        })]);

    private static JsonObject Interaction(int type, JsonObject data, JsonObject? member, string channelId = Some.ChannelId) => new()
    {
        ["id"] = Some.NewId(),
        ["application_id"] = FakeDiscordServer.ApplicationId.ToString(CultureInfo.InvariantCulture),
        ["type"] = type,
        ["token"] = "interaction-token-" + Some.NewId(),
        ["version"] = 1,
        ["channel_id"] = channelId,
        ["guild_id"] = Some.GuildId,
        ["member"] = (member ?? Member()).DeepClone(),
        ["data"] = data,
        ["app_permissions"] = "0",
        ["locale"] = "en-US",
    };
}
