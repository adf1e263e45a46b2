using System.Text.Json.Nodes;

namespace GeneBot.Tests.Support.Teams;

/// <summary>Teams activities as the connector sends them (only the fields GeneBot reads, in their real shapes).</summary>
public static class SomeActivity
{
    public const string MemberAadId = "cccccccc-0000-0000-0000-000000000003";

    /// <summary>A message in a 1:1 chat with GeneBot.</summary>
    public static JsonObject Personal(TeamsHarness harness, string id, string text, string? aadObjectId = null) =>
        Message(harness.Connector.ServiceUrl, id, text, Conversation("a:1personal-" + id, "personal"), aadObjectId ?? Member(id));

    /// <summary>A channel message; with <paramref name="mention"/> it @mentions GeneBot as Teams does (<c>&lt;at&gt;GeneBot&lt;/at&gt;</c> in the text and a mention entity).</summary>
    public static JsonObject Channel(TeamsHarness harness, string id, string text, bool mention, string? aadObjectId = null)
    {
        var activity = Message(harness.Connector.ServiceUrl, id, mention ? $"<at>GeneBot</at> {text}" : text,
            Conversation($"19:channel-{id}@thread.tacv2;messageid={id}", "channel"), aadObjectId ?? Member(id));
        if (mention)
            activity["entities"] = new JsonArray(Mention());
        return activity;
    }

    /// <summary>
    /// A press of a card button, as Teams sends it: a message in the answered activity's conversation with no text, no
    /// mention, and the Action.Submit's data (plus the card's inputs) as its value; from the answered member unless
    /// <paramref name="aadObjectId"/> names another.
    /// </summary>
    public static JsonObject Submit(string id, JsonObject answered, JsonNode? value, string? aadObjectId = null)
    {
        var member = aadObjectId ?? answered["from"]!["aadObjectId"]!.GetValue<string>();
        var activity = Message(answered["serviceUrl"]!.GetValue<string>(), id, "", answered["conversation"]!.DeepClone().AsObject(), member);
        activity.Remove("text");
        activity["value"] = value;
        return activity;
    }

    /// <summary>A conversationUpdate in a new conversation of <paramref name="conversationType"/> (personal, groupChat or channel) whose membersAdded are <paramref name="added"/> (channel account ids).</summary>
    public static JsonObject ConversationUpdate(TeamsHarness harness, string id, string conversationType, params string[] added)
    {
        var activity = Message(harness.Connector.ServiceUrl, id, "", Conversation($"conversation-{id}", conversationType), Member(id));
        activity["type"] = "conversationUpdate";
        activity.Remove("text");
        activity["membersAdded"] = new JsonArray([.. added.Select(a => (JsonNode)new JsonObject { ["id"] = a })]);
        return activity;
    }

    public static JsonObject Mention() => new()
    {
        ["type"] = "mention",
        ["mentioned"] = new JsonObject { ["id"] = TeamsHarness.BotId, ["name"] = "GeneBot" },
        ["text"] = "<at>GeneBot</at>",
    };

    public static JsonObject Message(string serviceUrl, string id, string text, JsonObject conversation, string aadObjectId) => new()
    {
        ["type"] = "message",
        ["id"] = id,
        ["timestamp"] = "2026-11-26T17:00:00.000Z",
        ["serviceUrl"] = serviceUrl,
        ["channelId"] = "msteams",
        ["from"] = new JsonObject { ["id"] = "29:user-" + aadObjectId, ["name"] = "A member", ["aadObjectId"] = aadObjectId },
        ["recipient"] = new JsonObject { ["id"] = TeamsHarness.BotId, ["name"] = "GeneBot" },
        ["conversation"] = conversation,
        ["text"] = text,
        ["textFormat"] = "plain",
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = "tenant-1" } },
    };

    private static JsonObject Conversation(string id, string type) => new()
    {
        ["id"] = id,
        ["conversationType"] = type,
        ["isGroup"] = type != "personal",
        ["tenantId"] = "tenant-1",
    };

    /// <summary>A member of their own per activity, so the per-member rate limit never links tests.</summary>
    private static string Member(string id) => $"dddddddd-0000-0000-0000-{Math.Abs(id.GetHashCode(StringComparison.Ordinal)) % 1_000_000_000_000:D12}";
}
