using System.Text.Json.Nodes;
using GeneBot.Adapters.Teams.Rendering;
using GeneBot.Features.Feedback;
using GeneBot.Tests.Support.Teams;

namespace GeneBot.Tests.Adapters.Teams.Moderation;

/// <summary>"Ask a moderator" on an abstention in Teams: a notice in the moderators' conversation, never the question.</summary>
public sealed partial class TeamsModeratorsTests
{
    [Fact]
    public async Task A_second_press_of_ask_a_moderator_on_the_same_answer_posts_no_second_notice()
    {
        // Arrange
        var (id, question) = InChannel(Unanswerable);
        await Sut.PostAsync(question);
        var action = Assert.Single(Actions(await Sut.Connector.WaitForReplyAsync(id)));

        // Act
        var first = await PressAsync(question, action["data"]!.AsObject());
        var second = await PressAsync(question, action["data"]!.AsObject());

        // Assert
        Assert.Equal(ModeratorNotice.Sent.Text, TeamsJson.Text(first.Json));
        Assert.Equal(ModeratorRequests.AlreadySent.Text, TeamsJson.Text(second.Json));
        Assert.Single(Sut.Connector.Messages.Snapshot(), m => m.Path.Contains(Moderators, StringComparison.Ordinal) && m.Body.Contains(Room(id), StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_abstention_offers_ask_a_moderator_which_posts_a_notice_without_the_question_and_replies_sent()
    {
        // Arrange
        var (id, question) = InChannel(Unanswerable);
        await Sut.PostAsync(question);
        var abstention = await Sut.Connector.WaitForReplyAsync(id);
        var action = Assert.Single(Actions(abstention));
        Assert.Equal(AnswerActions.AskModeratorTitle, action["title"]!.GetValue<string>());

        // Act
        var reply = await PressAsync(question, action["data"]!.AsObject());
        var notice = await Sut.Connector.Messages.WaitForAsync(m => m.Path.Contains(Moderators, StringComparison.Ordinal) && m.Body.Contains(Room(id), StringComparison.Ordinal),
            Timeouts.Wait, "the moderator notice");

        // Assert
        Assert.Equal(ModeratorNotice.Sent.Text, TeamsJson.Text(reply.Json));
        var text = TeamsJson.Text(notice.Json)!;
        Assert.StartsWith("A member would like a moderator's help with a question GeneBot could not answer:", text, StringComparison.Ordinal);
        Assert.Contains($"GeneBot's reply in “{Room(id)}”", text, StringComparison.Ordinal);
        AssertRepeatsNothingOf(Unanswerable, TeamsJson.Shown(notice.Json));
    }

    [Fact]
    public async Task Ask_a_moderator_the_connector_refuses_replies_that_no_moderator_could_be_reached()
    {
        // Arrange
        var (id, question) = InChannel(Unanswerable);
        await Sut.PostAsync(question);
        var action = Assert.Single(Actions(await Sut.Connector.WaitForReplyAsync(id)));
        Sut.Connector.FailMessagesTo(Moderators, 403);

        // Act
        var reply = await PressAsync(question, action["data"]!.AsObject());

        // Assert
        Assert.Equal(ModeratorNotice.Unavailable.Text, TeamsJson.Text(reply.Json));
        Assert.Contains(Sut.Logs.Lines, l => l.Contains("\"Ask a moderator\" notice for Teams activity", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Hostile_ask_a_moderator_presses_post_nothing_and_get_no_reply()
    {
        // Arrange
        var (id, question) = InChannel(Unanswerable);
        await Sut.PostAsync(question);
        var answerId = Assert.Single(Actions(await Sut.Connector.WaitForReplyAsync(id)))["data"]!["answerId"]!.GetValue<string>();
        var before = Sut.Connector.MessagesTo(Moderators).Count;
        JsonNode?[] hostile =
        [
            new JsonObject { ["genebot"] = "moderator" },
            new JsonObject { ["genebot"] = "moderator", ["answerId"] = answerId + " @everyone please call me" },
            new JsonObject { ["genebot"] = "moderator", ["answerId"] = new JsonArray(answerId) },
            new JsonObject { ["genebot"] = "moderator", ["answerId"] = answerId.ToUpperInvariant() },
            new JsonObject { ["genebot"] = "moderator", ["answerId"] = new string('a', 100_000) },
            new JsonObject { ["genebot"] = "ask-mod", ["answerId"] = answerId },
            new JsonArray("moderator", answerId),
            JsonValue.Create("moderator"),
        ];
        var ids = new List<string>();

        // Act
        foreach (var value in hostile)
        {
            var press = Sut.NextId("hostile");
            ids.Add(press);
            Assert.Equal(202, await Sut.PostAsync(SomeActivity.Submit(press, question, value)));
        }
        await Sut.ControlAsync();

        // Assert
        Assert.All(ids, press => Assert.Empty(Sut.Connector.RepliesTo(press)));
        Assert.Equal(before, Sut.Connector.MessagesTo(Moderators).Count);
    }
}
