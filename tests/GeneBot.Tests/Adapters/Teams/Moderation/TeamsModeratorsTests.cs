using System.Text.Json.Nodes;
using GeneBot.Adapters.Teams.Rendering;
using GeneBot.Features.Feedback;
using GeneBot.Knowledge.Safety;
using GeneBot.Tests.Support.Teams;

namespace GeneBot.Tests.Adapters.Teams.Moderation;

/// <summary>
/// The moderators' conversation in Teams, end to end: urgent and crisis messages in a channel or group chat alert it
/// (where and when, never the member's words or name), and "Ask a moderator" on an abstention posts a notice there.
/// </summary>
public sealed partial class TeamsModeratorsTests(TeamsModeratorsFixture fixture) : IClassFixture<TeamsModeratorsFixture>
{
    private const string Moderators = TeamsModeratorsFixture.Moderators;
    private const string Urgent = "my husband had car t 4 days ago and tonight he is confused and feverish";
    private const string Crisis = "the car t didnt work and i feel hopeless, i dont see the point anymore";
    private const string Unanswerable = "which pizza topping is best in naples?";
    private const string MemberName = "Alice Example";

    private TeamsHarness Sut => fixture.Harness;

    [Fact]
    public async Task An_urgent_message_in_a_channel_alerts_the_moderators_conversation_with_where_and_when_but_not_the_members_text()
    {
        // Arrange
        var (id, question) = InChannel(Urgent);

        // Act
        await Sut.PostAsync(question);
        await Sut.Connector.WaitForReplyAsync(id);
        var alert = await AlertAsync(id);

        // Assert
        var text = TeamsJson.Shown(alert.Json);
        Assert.StartsWith("Safety alert: a message may describe urgent symptoms.", TeamsJson.Text(alert.Json));
        Assert.Contains($"in “{Room(id)}” at 2026-11-26 17:00 UTC", text, StringComparison.Ordinal);
        AssertRepeatsNothingOf(Urgent, text);
        Assert.Equal(Moderators, alert.Json.GetProperty("conversation").GetProperty("id").GetString());
        Assert.Equal(TeamsHarness.BotId, alert.Json.GetProperty("from").GetProperty("id").GetString());
        Assert.False(alert.Json.TryGetProperty("replyToId", out _));
        Assert.StartsWith("Bearer connector-token-", alert.Authorization);
    }

    [Fact]
    public async Task A_crisis_message_in_a_group_chat_alerts_the_moderators_conversation_without_the_chats_name()
    {
        // Arrange: a group chat's name is a topic its members typed, and may itself be personal.
        var (id, question) = InChannel(Crisis);
        question["conversation"]!["id"] = $"19:group-{id}@thread.v2";
        question["conversation"]!["conversationType"] = "groupChat";
        question["conversation"]!["name"] = "Mum chemo week 3";

        // Act
        await Sut.PostAsync(question);
        await Sut.Connector.WaitForReplyAsync(id);
        // The only group chat of this class's tests; its alert cannot be found by the chat's name, which it leaves out.
        var alert = await Sut.Connector.Messages.WaitForAsync(
            m => m.Path.Contains(Moderators, StringComparison.Ordinal) && m.Status == 200 && m.Body.Contains("a group chat", StringComparison.Ordinal),
            Timeouts.Wait, "the group chat's safety alert");

        // Assert
        var text = TeamsJson.Shown(alert.Json);
        Assert.StartsWith("Safety alert: a message may describe a crisis (self-harm or suicide).", TeamsJson.Text(alert.Json));
        AssertRepeatsNothingOf(Crisis, text);
        Assert.DoesNotContain("chemo", text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_channel_without_a_name_is_called_a_channel()
    {
        // Arrange
        var (id, question) = InChannel(Urgent);
        question["conversation"]!.AsObject().Remove("name");

        // Act
        await Sut.PostAsync(question);
        await Sut.Connector.WaitForReplyAsync(id);
        await Sut.ControlAsync();

        // Assert
        var alert = Sut.Connector.MessagesTo(Moderators)[^1];
        Assert.Contains("their message in a channel at 2026-11-26 17:00 UTC.", TeamsJson.Text(alert.Json), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_channel_named_only_in_its_channel_data_is_called_by_that_name_without_its_markup()
    {
        // Arrange
        var (id, question) = InChannel(Urgent);
        question["conversation"]!.AsObject().Remove("name");
        question["channelData"]!["channel"] = new JsonObject { ["id"] = $"19:channel-{id}@thread.tacv2", ["name"] = "**Family** [support](https://example.org)\n<at>everyone</at>" };

        // Act
        await Sut.PostAsync(question);
        await Sut.Connector.WaitForReplyAsync(id);
        await Sut.ControlAsync();

        // Assert
        var alert = TeamsJson.Text(Sut.Connector.MessagesTo(Moderators)[^1].Json)!;
        Assert.Contains("their message in “Family support https example.org at everyone at” at 2026-11-26 17:00 UTC.", alert, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Urgent, "urgent")]
    [InlineData(Crisis, "crisis")]
    public async Task An_urgent_or_crisis_message_in_a_1to1_chat_raises_no_alert_as_a_Discord_DM_raises_none(string message, string kind)
    {
        // Arrange
        var before = Sut.Connector.MessagesTo(Moderators).Count;
        var id = Sut.NextId();

        // Act
        await Sut.PostAsync(SomeActivity.Personal(Sut, id, message));
        var reply = await Sut.Connector.WaitForReplyAsync(id);
        await Sut.ControlAsync();

        // Assert
        var safety = kind == "urgent" ? new SafetyOptions().UrgentMessage : new SafetyOptions().CrisisMessage;
        Assert.Contains(safety, TeamsJson.Shown(reply.Json), StringComparison.Ordinal);
        Assert.Equal(before, Sut.Connector.MessagesTo(Moderators).Count);
    }

    [Fact]
    public async Task An_informational_question_in_a_channel_raises_no_alert()
    {
        // Arrange
        var before = Sut.Connector.MessagesTo(Moderators).Count;
        var (id, question) = InChannel("what are the warning signs of crs?");

        // Act
        await Sut.PostAsync(question);
        await Sut.Connector.WaitForReplyAsync(id);
        await Sut.ControlAsync();

        // Assert
        Assert.Equal(before, Sut.Connector.MessagesTo(Moderators).Count);
    }

    [Theory]
    [InlineData(403, 1)]
    [InlineData(500, 3)]
    public async Task An_alert_the_connector_refuses_is_logged_and_the_member_still_gets_the_answer(int status, int attempts)
    {
        // Arrange: 500 is retried twice (Teams:MaxRetries) before GeneBot gives up; 403 is not retried.
        var (id, question) = InChannel(Urgent);
        Sut.Connector.FailMessagesTo(Moderators, status, attempts);

        // Act
        await Sut.PostAsync(question);
        var reply = await Sut.Connector.WaitForReplyAsync(id);
        await Sut.ControlAsync();

        // Assert
        var privately = Sut.Connector.MessagesTo(FakeConnector.PersonalConversationId(question["from"]!["id"]!.GetValue<string>()));
        var shown = string.Join('\n', [TeamsJson.Shown(reply.Json), .. privately.Select(m => TeamsJson.Shown(m.Json))]);
        Assert.Contains(new SafetyOptions().UrgentMessage, shown, StringComparison.Ordinal);
        Assert.Equal(attempts, Sut.Connector.MessagesTo(Moderators).Count(m => m.Body.Contains(Room(id), StringComparison.Ordinal) && m.Status == status));
        Assert.Contains(Sut.Logs.Lines, l => l.Contains($"safety alert for Teams activity {id} could not be posted", StringComparison.Ordinal) && l.Contains(status.ToString(), StringComparison.Ordinal));
        Assert.DoesNotContain(Sut.Logs.Lines, l => l.Contains($"Could not answer Teams activity {id}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_urgent_message_whose_answer_cannot_be_sent_still_alerts_the_moderators()
    {
        // Arrange: the channel refuses GeneBot's reply, and the member has no 1:1 chat with it.
        var (id, question) = InChannel(Urgent);
        Sut.Connector.Fail(id, 403, times: 2);
        Sut.Connector.RefuseConversationsWith(question["from"]!["id"]!.GetValue<string>());

        // Act
        await Sut.PostAsync(question);
        var alert = await AlertAsync(id);

        // Assert
        Assert.StartsWith("Safety alert: a message may describe urgent symptoms.", TeamsJson.Text(alert.Json));
        Assert.DoesNotContain(Sut.Connector.RepliesTo(id), r => r.Status == 200);
    }

    /// <summary>A question that mentions GeneBot in a channel named after its activity id, from a member with a name.</summary>
    private (string Id, JsonObject Question) InChannel(string text)
    {
        var id = Sut.NextId();
        var question = SomeActivity.Channel(Sut, id, text, mention: true);
        question["conversation"]!["name"] = Room(id);
        question["from"]!["name"] = MemberName;
        return (id, question);
    }

    private static string Room(string id) => $"Room {id}";

    private Task<ConnectorRequest> AlertAsync(string id) =>
        Sut.Connector.Messages.WaitForAsync(m => m.Path.Contains(Moderators, StringComparison.Ordinal) && m.Status == 200 && m.Body.Contains(Room(id), StringComparison.Ordinal),
            Timeouts.Wait, $"the safety alert for {id}");

    private async Task<ConnectorRequest> PressAsync(JsonObject question, JsonObject value)
    {
        var id = Sut.NextId("press");
        Assert.Equal(202, await Sut.PostAsync(SomeActivity.Submit(id, question, value.DeepClone())));
        return await Sut.Connector.WaitForReplyAsync(id);
    }

    private static JsonNode[] Actions(ConnectorRequest reply) =>
        [.. JsonNode.Parse(reply.Body)!["attachments"]![0]!["content"]!["actions"]!.AsArray().Select(a => a!)];

    private static void AssertRepeatsNothingOf(string question, string shown)
    {
        Assert.DoesNotContain(MemberName.Split(' ')[0], shown, StringComparison.OrdinalIgnoreCase);
        foreach (var word in question.Split(' ', ',', '?').Where(w => w.Length > 4))
            Assert.DoesNotContain(word, shown, StringComparison.OrdinalIgnoreCase);
    }
}
