using System.Text.Json;
using System.Text.Json.Nodes;
using GeneBot.Features.Ask;
using GeneBot.Features.Feedback;
using GeneBot.Storage;
using GeneBot.Tests.Support.Teams;
using Microsoft.Extensions.DependencyInjection;

namespace GeneBot.Tests.Adapters.Teams;

/// <summary>The buttons under a Teams answer, end to end: pressed in the member's client, they come back as submits, and votes land in the real store.</summary>
public sealed class TeamsFeedbackTests(TeamsHarnessFixture fixture) : IClassFixture<TeamsHarnessFixture>
{
    private const string Question = "what is CAR-T cell therapy?";

    private TeamsHarness Sut => fixture.Harness;

    [Fact]
    public async Task An_answer_card_carries_the_feedback_actions_with_its_answer_id()
    {
        // Act
        var (_, reply) = await AskAsync();

        // Assert
        var actions = Actions(reply);
        var answerId = AnswerId(reply);
        Assert.Matches("^[0-9a-f]{16}$", answerId);
        var submits = actions.Where(a => a.GetProperty("type").GetString() == "Action.Submit").Select(a => a.GetProperty("data")).ToArray();
        Assert.Equal(["feedback", "feedback", "simpler", "more"], submits.Select(d => d.GetProperty("genebot").GetString()));
        Assert.All(submits, d => Assert.Equal(answerId, d.GetProperty("answerId").GetString()));
        Assert.DoesNotContain(Question, reply.Body, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Pressing_helpful_records_the_vote_in_the_store_and_replies_thanks()
    {
        // Arrange
        var (question, reply) = await AskAsync();
        var answerId = AnswerId(reply);

        // Act
        var thanks = await PressAsync(question, Vote(answerId, "up"));

        // Assert
        Assert.Equal(FeedbackFeature.Thanks.Text, TeamsJson.Text(thanks.Json));
        Assert.Equal([(1L, (string?)null)], Votes(answerId));
    }

    [Fact]
    public async Task Not_helpful_with_a_reason_records_the_reason_cut_to_its_limit()
    {
        // Arrange
        var (question, reply) = await AskAsync();
        var answerId = AnswerId(reply);
        var value = Vote(answerId, "down");
        value["reason"] = "  " + new string('x', 250);

        // Act
        var thanks = await PressAsync(question, value);

        // Assert
        Assert.Equal(FeedbackFeature.Thanks.Text, TeamsJson.Text(thanks.Json));
        Assert.Equal([(-1L, (string?)new string('x', FeedbackFeature.MaxReason))], Votes(answerId));
    }

    [Fact]
    public async Task A_second_vote_by_the_same_member_replaces_the_first()
    {
        // Arrange
        var (question, reply) = await AskAsync();
        var answerId = AnswerId(reply);
        await PressAsync(question, Vote(answerId, "down"));

        // Act
        await PressAsync(question, Vote(answerId, "up"));

        // Assert
        Assert.Equal([(1L, (string?)null)], Votes(answerId));
    }

    [Fact]
    public async Task A_press_on_an_unknown_answer_gets_the_expired_reply_and_records_nothing()
    {
        // Arrange
        var (question, _) = await AskAsync();
        const string unknown = "00000000000000ff";

        // Act
        var reply = await PressAsync(question, Vote(unknown, "up"));

        // Assert
        Assert.Equal(FeedbackFeature.Expired.Text, TeamsJson.Text(reply.Json));
        Assert.Empty(Votes(unknown));
    }

    [Fact]
    public async Task Explain_simpler_replies_with_the_simpler_answer_in_the_conversation()
    {
        // Arrange
        var (question, reply) = await AskAsync();

        // Act
        var simpler = await PressAsync(question, new JsonObject { ["genebot"] = "simpler", ["answerId"] = AnswerId(reply) });

        // Assert
        Assert.StartsWith(AskFeature.SimplerLead, TeamsJson.Summary(simpler.Json));
        Assert.Equal(question["conversation"]!["id"]!.GetValue<string>(), simpler.Json.GetProperty("conversation").GetProperty("id").GetString());
    }

    [Fact]
    public async Task A_press_in_a_channel_without_a_mention_is_still_handled_for_any_member()
    {
        // Arrange
        var id = Sut.NextId();
        var question = SomeActivity.Channel(Sut, id, Question, mention: true);
        await Sut.PostAsync(question);
        var answerId = AnswerId(await Sut.Connector.WaitForReplyAsync(id));

        // Act
        var asker = await PressAsync(question, Vote(answerId, "up"));
        var other = await PressAsync(question, Vote(answerId, "down"), "eeeeeeee-0000-0000-0000-000000000005");

        // Assert
        Assert.Equal(FeedbackFeature.Thanks.Text, TeamsJson.Text(asker.Json));
        Assert.Equal(FeedbackFeature.Thanks.Text, TeamsJson.Text(other.Json));
        Assert.Equal([-1L, 1L], Votes(answerId).Select(v => v.Vote).Order());
    }

    [Fact]
    public async Task Hostile_values_never_crash_GeneBot_get_no_reply_and_record_nothing()
    {
        // Arrange
        var (question, reply) = await AskAsync();
        var answerId = AnswerId(reply);
        JsonNode?[] hostile =
        [
            JsonValue.Create("feedback"),
            new JsonArray(1, 2, 3),
            JsonValue.Create(42),
            new JsonObject(),
            new JsonObject { ["genebot"] = "feedback", ["vote"] = "up" },
            new JsonObject { ["genebot"] = "feedback", ["answerId"] = 12345, ["vote"] = "up" },
            new JsonObject { ["genebot"] = "feedback", ["answerId"] = new JsonObject { ["id"] = answerId }, ["vote"] = "up" },
            new JsonObject { ["genebot"] = "feedback", ["answerId"] = answerId + new string('a', 100_000), ["vote"] = "up" },
            new JsonObject { ["genebot"] = "feedback", ["answerId"] = "'; DROP TABLE feedback; --", ["vote"] = "up" },
            new JsonObject { ["genebot"] = "feedback", ["answerId"] = answerId, ["vote"] = true },
            new JsonObject { ["genebot"] = "feedback", ["answerId"] = answerId, ["vote"] = "down", ["reason"] = new JsonArray("x") },
            new JsonObject { ["genebot"] = "delete-everything", ["answerId"] = answerId },
            new JsonObject { ["genebot"] = new JsonObject { ["x"] = "feedback" }, ["answerId"] = answerId, ["vote"] = "up" },
        ];
        var ids = new List<string>();

        // Act
        foreach (var value in hostile)
        {
            var id = Sut.NextId("hostile");
            ids.Add(id);
            Assert.Equal(202, await Sut.PostAsync(SomeActivity.Submit(id, question, value)));
        }
        var control = await Sut.ControlAsync();

        // Assert
        Assert.Equal(200, control.Status);
        Assert.All(ids, id => Assert.Empty(Sut.Connector.RepliesTo(id)));
        Assert.Empty(Votes(answerId));
        Assert.DoesNotContain(Sut.Logs.Lines, l => l.Contains("Could not answer Teams activity hostile-", StringComparison.Ordinal));
    }

    /// <summary>A 1:1 question from a new member, and GeneBot's answer card.</summary>
    private async Task<(JsonObject Question, ConnectorRequest Reply)> AskAsync()
    {
        var id = Sut.NextId();
        var question = SomeActivity.Personal(Sut, id, Question);
        Assert.Equal(202, await Sut.PostAsync(question));
        return (question, await Sut.Connector.WaitForReplyAsync(id));
    }

    /// <summary>Presses a button on the answer to <paramref name="question"/>, as its asker unless <paramref name="member"/> names another, and waits for GeneBot's reply.</summary>
    private async Task<ConnectorRequest> PressAsync(JsonObject question, JsonObject value, string? member = null)
    {
        var id = Sut.NextId("press");
        Assert.Equal(202, await Sut.PostAsync(SomeActivity.Submit(id, question, value, member)));
        return await Sut.Connector.WaitForReplyAsync(id);
    }

    private static JsonObject Vote(string answerId, string vote) => new() { ["genebot"] = "feedback", ["answerId"] = answerId, ["vote"] = vote };

    private static JsonElement[] Actions(ConnectorRequest reply) =>
        [.. reply.Json.GetProperty("attachments")[0].GetProperty("content").GetProperty("actions").EnumerateArray()];

    private static string AnswerId(ConnectorRequest reply) => Actions(reply)[0].GetProperty("data").GetProperty("answerId").GetString()!;

    private (long Vote, string? Reason)[] Votes(string answerId) =>
        [.. Sut.Host.Services.GetRequiredService<GeneBotDb>().Read(c => GeneBotDb.Rows(c, "SELECT vote, reason FROM feedback WHERE answer_id = @id",
            r => (r.GetInt64(0), r.IsDBNull(1) ? null : r.GetString(1)), ("@id", answerId)))];
}
