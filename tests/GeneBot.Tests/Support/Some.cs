using System.Globalization;
using System.Text.Json.Nodes;
using GeneBot.Discord.Testing;
using GeneBot.Knowledge.Answers;

namespace GeneBot.Tests.Support;

/// <summary>Discord payloads and answers for tests, each message and interaction with a fresh id.</summary>
public static class Some
{
    public const string GuildId = "1200000000000000003";
    public const string ChannelId = "1200000000000000002";
    public const string OtherChannelId = "1200000000000000012";
    public const string UserId = "1200000000000000004";
    public static readonly string BotId = FakeDiscordServer.BotUserId.ToString(CultureInfo.InvariantCulture);

    private static long nextId = 1_400_000_000_000_000_000;

    public static string NewId() => Interlocked.Increment(ref nextId).ToString(CultureInfo.InvariantCulture);

    public static JsonObject Human => new() { ["id"] = UserId, ["username"] = "alice", ["global_name"] = "Alice" };

    public static JsonObject OtherBot => new() { ["id"] = "1200000000000000009", ["username"] = "otherbot", ["bot"] = true };

    public static JsonObject GeneBotItself => new() { ["id"] = BotId, ["username"] = "GeneBot", ["bot"] = true };

    /// <summary>A guild message that mentions GeneBot (<c>&lt;@id&gt;</c>, or <c>&lt;@!id&gt;</c> as a nickname mention).</summary>
    public static JsonObject Mention(string question, string channelId = ChannelId, JsonObject? author = null, bool nicknameForm = false) =>
        Message($"<@{(nicknameForm ? "!" : "")}{BotId}> {question}", channelId, GuildId, author, mentionsBot: true);

    /// <summary>A direct message to GeneBot: no guild, no mention.</summary>
    public static JsonObject DirectMessage(string text) => Message(text, NewId(), guildId: null, author: null, mentionsBot: false);

    public static JsonObject Message(string content, string channelId, string? guildId, JsonObject? author, bool mentionsBot)
    {
        var message = new JsonObject
        {
            ["id"] = NewId(),
            ["channel_id"] = channelId,
            ["author"] = author ?? Human,
            ["content"] = content,
            ["mentions"] = mentionsBot ? new JsonArray(GeneBotItself) : new JsonArray(),
            ["mention_roles"] = new JsonArray(),
            ["mention_everyone"] = content.Contains("@everyone", StringComparison.Ordinal),
            ["type"] = 0,
            ["timestamp"] = "2026-01-01T00:00:00.000000+00:00",
        };
        if (guildId is not null)
        {
            message["guild_id"] = guildId;
            message["member"] = new JsonObject { ["roles"] = new JsonArray(), ["joined_at"] = "2025-01-01T00:00:00Z" };
        }
        return message;
    }

    /// <summary>A slash command invocation in a guild channel (or a DM when <paramref name="guildId"/> is null).</summary>
    public static JsonObject SlashCommand(string name, string? optionName = null, string? value = null, string channelId = ChannelId, string? guildId = GuildId)
    {
        var data = new JsonObject { ["id"] = "1300000000000000002", ["name"] = name, ["type"] = 1 };
        if (optionName is not null)
            data["options"] = new JsonArray(new JsonObject { ["name"] = optionName, ["type"] = 3, ["value"] = value });
        var interaction = new JsonObject
        {
            ["id"] = NewId(),
            ["application_id"] = FakeDiscordServer.ApplicationId.ToString(CultureInfo.InvariantCulture),
            ["type"] = 2,
            ["token"] = "interaction-token-" + NewId(),
            ["version"] = 1,
            ["channel_id"] = channelId,
            ["data"] = data,
            ["app_permissions"] = "0",
            ["locale"] = "en-US",
        };
        if (guildId is null)
        {
            interaction["user"] = Human;
        }
        else
        {
            interaction["guild_id"] = guildId;
            interaction["member"] = new JsonObject { ["user"] = Human, ["roles"] = new JsonArray(), ["permissions"] = "2048" };
        }
        return interaction;
    }

    public static Citation Citation(int n, string excerpt = "CAR T cells are a **living drug**.", string title = "CAR T-cell therapy",
        string section = "What CAR T-cell therapy is", string? url = null) =>
        new(n, $"article-{n}", title, section, excerpt, url, 1.0);

    /// <summary>An answer shaped as the knowledge engine shapes one (text from <see cref="AnswerRenderer"/>).</summary>
    public static Answer Answer(params Citation[] citations) =>
        new("what is car-t", AnswerStatus.Answered, 0.9, AnswerRenderer.Render(citations), citations, ReplyText.Disclaimer);
}
