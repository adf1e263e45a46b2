using System.Text.Json.Nodes;
using CsCheck;
using GeneBot.Discord.Testing;
using GeneBot.Tests.Support;

namespace GeneBot.Tests.Properties;

/// <summary>One thing a hostile or broken Discord could send GeneBot's gateway, and how to send it through FakeDiscord.</summary>
public sealed record HostileFrame(string Kind, string Description, Func<FakeDiscordServer, Task> SendAsync)
{
    public const int OneMegabyte = 1 << 20;

    public override string ToString() => $"{Kind}: {Description}";

    /// <summary>Every kind of hostile frame; <paramref name="allowHuge"/> adds 1 MB frames (rare: they cost time).</summary>
    public static Gen<HostileFrame> Any(bool allowHuge = true) => Gen.Frequency(
        (6, HostileText.Question.Select(Mention)),
        (2, HostileText.Question.Select(DirectMessage)),
        (4, HostileText.Question.Select(Slash)),
        (3, Gen.Select(Gen.Int[0, SlashBreakers.Length - 1], HostileText.Question).Select(BrokenSlash)),
        (5, Gen.Select(Gen.Int[0, MessageFields.Length - 1], Gen.Int[0, WrongValues.Length - 1], HostileText.Question).Select(BrokenMessage)),
        (2, Gen.Select(Gen.String[Gen.Char['A', 'Z'], 1, 30], HostileText.Question).Select(UnknownEvent)),
        (3, Gen.Select(Gen.Int[0, RawFrames.Length - 1], HostileText.Question).Select(Raw)),
        (allowHuge ? 1 : 0, Gen.Int[0, 1].Select(Huge)));

    private static HostileFrame Mention(string text) =>
        new("mention", Describe(text), d => d.DispatchAsync("MESSAGE_CREATE", Some.Mention(text)));

    private static HostileFrame DirectMessage(string text) =>
        new("dm", Describe(text), d => d.DispatchAsync("MESSAGE_CREATE", Some.DirectMessage(text)));

    private static HostileFrame Slash(string text) =>
        new("slash", Describe(text), d => d.DispatchAsync("INTERACTION_CREATE", Some.SlashCommand("ask", "question", text)));

    private static readonly (string Name, Action<JsonObject, string> Break)[] SlashBreakers =
    [
        ("option value is a number", (i, _) => i["data"]!["options"]![0]!["value"] = 42),
        ("option value is an object", (i, t) => i["data"]!["options"]![0]!["value"] = new JsonObject { ["text"] = t }),
        ("option value is null", (i, _) => i["data"]!["options"]![0]!["value"] = null),
        ("options is an object", (i, _) => i["data"]!["options"] = new JsonObject()),
        ("data is a string", (i, t) => i["data"] = t),
        ("data is missing", (i, _) => i.Remove("data")),
        ("command name is the text", (i, t) => i["data"]!["name"] = t),
        ("type is a string", (i, _) => i["type"] = "2"),
        ("member has no user", (i, _) => i["member"]!.AsObject().Remove("user")),
        ("member is an array", (i, _) => i["member"] = new JsonArray()),
        ("channel_id is not a snowflake", (i, t) => i["channel_id"] = t),
        ("application_id is missing", (i, _) => i.Remove("application_id")),
        ("type is 4 (autocomplete)", (i, _) => i["type"] = 4),
        ("type is 3 with no data", (i, _) => { i["type"] = 3; i.Remove("data"); }),
        ("token is missing", (i, _) => i.Remove("token")),
        ("token is a number", (i, _) => i["token"] = 12345),
        ("id is not a snowflake", (i, t) => i["id"] = t),
        ("option value is 600 characters", (i, t) => i["data"]!["options"]![0]!["value"] = HostileText.Repeat(t.Length == 0 ? "x" : t, 600)),
    ];

    private static HostileFrame BrokenSlash(int breaker, string text)
    {
        var (name, breakIt) = SlashBreakers[breaker];
        return new("broken slash", name, d =>
        {
            var interaction = Some.SlashCommand("ask", "question", text);
            breakIt(interaction, text);
            return d.DispatchAsync("INTERACTION_CREATE", interaction);
        });
    }

    private static readonly string[] MessageFields = ["id", "channel_id", "author", "content", "mentions", "type", "guild_id", "author.id", "author.bot", "mentions.0.id", "member"];

    private static readonly Func<string, JsonNode?>[] WrongValues =
    [
        _ => null, _ => 42, _ => -1, _ => 1e300, _ => true, _ => new JsonArray(), _ => new JsonObject(), t => t, _ => "not-a-snowflake",
        t => HostileText.Repeat(t.Length == 0 ? "y" : t, 5000), _ => (JsonNode?)"<missing>",
    ];

    private static HostileFrame BrokenMessage(int field, int wrong, string text)
    {
        var path = MessageFields[field];
        var missing = wrong == WrongValues.Length - 1;
        return new("broken message", $"{path} {(missing ? "missing" : "wrong #" + wrong)}", d =>
        {
            var message = Some.Mention(text);
            var parts = path.Split('.');
            JsonNode? parent = message;
            foreach (var part in parts[..^1])
                parent = int.TryParse(part, out var index) ? parent?[index] : parent?[part];
            if (parent is JsonObject obj)
            {
                if (missing)
                    obj.Remove(parts[^1]);
                else
                    obj[parts[^1]] = WrongValues[wrong](text);
            }
            return d.DispatchAsync("MESSAGE_CREATE", message);
        });
    }

    private static HostileFrame UnknownEvent(string name, string text) =>
        new("unknown event", name, d => d.DispatchAsync(name, new JsonObject { ["id"] = Some.NewId(), ["content"] = text }));

    private static readonly Func<string, string>[] RawFrames =
    [
        t => "{\"op\":0,\"d\":{\"content\":\"" + Truncated(t.Replace("\"", "", StringComparison.Ordinal), 50),
        _ => "{\"op\":0}",
        _ => "{\"op\":\"0\",\"t\":\"MESSAGE_CREATE\"}",
        _ => "{\"op\":0,\"t\":5,\"d\":[],\"s\":\"x\"}",
        _ => "[]",
        _ => "null",
        _ => "{\"op\":99,\"d\":{}}",
        _ => "{\"op\":1.5}",
        _ => "{\"op\":0,\"t\":\"MESSAGE_CREATE\",\"d\":null,\"s\":null}",
        _ => "{\"op\":0,\"t\":\"INTERACTION_CREATE\",\"d\":\"just a string\",\"s\":null}",
        t => t,
        _ => "{\"op\":0,\"t\":\"MESSAGE_CREATE\",\"d\":{\"id\":\"1\",\"channel_id\":\"2\",\"author\":{\"id\":\"3\",\"username\":\"x\"},\"content\":\"dup\",\"content\":{}},\"s\":null}",
        _ => "{\"op\":0,\"t\":\"READY\",\"d\":{\"user\":\"broken\"},\"s\":null}",
        _ => "{\"op\":10,\"d\":{\"heartbeat_interval\":-5}}",
        _ => "{\"op\":11,\"d\":{\"unexpected\":true}}",
    ];

    private static HostileFrame Raw(int which, string text) =>
        new("raw frame", $"raw #{which}", d => d.SendRawAsync(RawFrames[which](text), fragmentSize: 4096));

    private static HostileFrame Huge(int which) => which == 0
        ? new("1 MB frame", "a mention of 1 MB", d => d.DispatchAsync("MESSAGE_CREATE", Some.Mention(HostileText.Repeat("what is car-t " + HostileText.Marker + " ", OneMegabyte)), fragmentSize: 64 * 1024))
        : new("1 MB frame", "1 MB of junk", d => d.SendRawAsync(HostileText.Repeat("{\"op\":0,\"d\":[" + HostileText.Marker, OneMegabyte), fragmentSize: 64 * 1024));

    private static string Truncated(string text, int max) => text.Length <= max ? text : text[..max];

    private static string Describe(string text) => text.Length <= 80 ? text : $"{text[..80]}… ({text.Length} chars)";
}
