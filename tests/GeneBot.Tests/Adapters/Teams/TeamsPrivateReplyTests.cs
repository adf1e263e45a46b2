using System.Text.Json;
using System.Text.Json.Nodes;
using GeneBot.Adapters.Teams.Models;
using GeneBot.Adapters.Teams.Rendering;
using GeneBot.Privacy;
using GeneBot.Tests.Support.Teams;

namespace GeneBot.Tests.Adapters.Teams;

/// <summary>Questions with personal health details in Teams, end to end: answered in a 1:1 chat, never repeated in a channel or group chat.</summary>
public sealed class TeamsPrivateReplyTests(TeamsHarnessFixture fixture) : IClassFixture<TeamsHarnessFixture>
{
    private const string Personal = "My husband Tom, 52, has lymphoma. What is CAR-T cell therapy?";
    private static readonly string[] Details = ["Tom", "52", "husband", "lymphoma"];

    private TeamsHarness Sut => fixture.Harness;

    [Theory]
    [InlineData("channel")]
    [InlineData("groupChat")]
    public async Task A_question_with_personal_details_is_answered_in_a_1to1_chat_and_the_shared_place_only_hears_that_it_was(string place)
    {
        // Arrange
        var id = Sut.NextId();
        var activity = Question(id, place);
        var member = MemberId(activity);
        var chat = FakeConnector.PersonalConversationId(member);

        // Act
        await Sut.PostAsync(activity);
        var notice = await Sut.Connector.WaitForReplyAsync(id);
        var answer = await Sut.Connector.WaitForMessageAsync(chat);

        // Assert: the 1:1 chat was opened for this member, by GeneBot, in their tenant.
        var opened = Assert.Single(ConversationsWith(member));
        Assert.Equal("/v3/conversations", opened.Path);
        Assert.StartsWith("Bearer connector-token-", opened.Authorization);
        var parameters = opened.Json;
        Assert.Equal(TeamsHarness.BotId, parameters.GetProperty("bot").GetProperty("id").GetString());
        Assert.Equal(member, Assert.Single(parameters.GetProperty("members").EnumerateArray()).GetProperty("id").GetString());
        Assert.Equal("tenant-1", parameters.GetProperty("tenantId").GetString());
        Assert.False(parameters.GetProperty("isGroup").GetBoolean());

        // Assert: the answer card went there as a new message, with why it came privately (after this new member's first-use note).
        Assert.Equal(200, answer.Status);
        var message = answer.Json;
        Assert.False(message.TryGetProperty("replyToId", out _));
        Assert.Equal(chat, message.GetProperty("conversation").GetProperty("id").GetString());
        Assert.Equal(member, message.GetProperty("recipient").GetProperty("id").GetString());
        Assert.Equal(Attachment.AdaptiveCard, message.GetProperty("attachments")[0].GetProperty("contentType").GetString());
        var blocks = TeamsJson.Blocks(message);
        Assert.Equal([PrivacyText.FirstUseNote, PrivacyText.PrivateChatLead, AnswerCard.Title], blocks[..3]);
        Assert.Contains(PrivacyText.PrivateChatLead, TeamsJson.Summary(message));

        // Assert: the shared place got only the short notice, which repeats nothing the member wrote.
        Assert.Equal(PrivacyText.SentToPrivateChat, TeamsJson.Text(notice.Json));
        Assert.False(notice.Json.TryGetProperty("attachments", out _));
        Assert.All(Details, d => Assert.DoesNotContain(d, TeamsJson.Shown(notice.Json), StringComparison.OrdinalIgnoreCase));
        Assert.Single(Sut.Connector.RepliesTo(id));
    }

    [Theory]
    [InlineData(403)]
    [InlineData(500)]
    public async Task When_the_1to1_chat_cannot_be_opened_the_channel_is_asked_to_message_GeneBot_privately_and_gets_no_answer(int status)
    {
        // Arrange: 403 is Teams' answer when the app is not installed for the member; 500 keeps failing through the retries.
        var id = Sut.NextId();
        var activity = Question(id, "channel");
        var member = MemberId(activity);
        Sut.Connector.RefuseConversationsWith(member, status);

        // Act
        await Sut.PostAsync(activity);
        var notice = await Sut.Connector.WaitForReplyAsync(id);

        // Assert
        var text = TeamsJson.Text(notice.Json)!;
        Assert.Contains(PrivacyText.AskInPrivateChat, text);
        Assert.DoesNotContain(AnswerCard.Title, text);
        Assert.False(notice.Json.TryGetProperty("attachments", out _));
        Assert.All(Details, d => Assert.DoesNotContain(d, TeamsJson.Shown(notice.Json), StringComparison.OrdinalIgnoreCase));
        Assert.Single(Sut.Connector.RepliesTo(id));
        Assert.Empty(Sut.Connector.MessagesTo(FakeConnector.PersonalConversationId(member)));
        // 403 is final; a 5xx is retried (Teams:MaxRetries is 2 here) before GeneBot gives up.
        Assert.Equal(status == 403 ? [403] : [500, 500, 500], ConversationsWith(member).Select(c => c.Status));
    }

    [Fact]
    public async Task The_same_question_in_a_1to1_chat_is_answered_in_place()
    {
        // Arrange
        var id = Sut.NextId();
        var activity = SomeActivity.Personal(Sut, id, Personal);

        // Act
        await Sut.PostAsync(activity);
        var reply = await Sut.Connector.WaitForReplyAsync(id);

        // Assert
        Assert.Equal(id, reply.Json.GetProperty("replyToId").GetString());
        Assert.Contains(AnswerCard.Title, TeamsJson.Blocks(reply.Json));
        Assert.DoesNotContain(PrivacyText.PrivateChatLead, TeamsJson.Shown(reply.Json));
        Assert.Empty(ConversationsWith(MemberId(activity)));
    }

    [Fact]
    public async Task A_general_channel_question_is_answered_in_the_channel()
    {
        // Arrange
        var id = Sut.NextId();
        var activity = SomeActivity.Channel(Sut, id, "can people over 70 years old get CAR-T for lymphoma?", mention: true);

        // Act
        await Sut.PostAsync(activity);
        var reply = await Sut.Connector.WaitForReplyAsync(id);

        // Assert
        Assert.Contains(AnswerCard.Title, TeamsJson.Blocks(reply.Json));
        Assert.DoesNotContain(PrivacyText.SentToPrivateChat, TeamsJson.Shown(reply.Json));
        Assert.Empty(ConversationsWith(MemberId(activity)));
    }

    private JsonObject Question(string id, string place)
    {
        var activity = SomeActivity.Channel(Sut, id, Personal, mention: true);
        activity["conversation"]!["conversationType"] = place;
        return activity;
    }

    private static string MemberId(JsonObject activity) => activity["from"]!["id"]!.GetValue<string>();

    private IEnumerable<ConnectorRequest> ConversationsWith(string member) =>
        Sut.Connector.Conversations.Snapshot().Where(c => c.Json.GetProperty("members")[0].GetProperty("id").GetString() == member);
}
