using System.Text.Json.Nodes;
using GeneBot.Adapters.Teams;
using GeneBot.Adapters.Teams.Rendering;
using GeneBot.Chat;
using GeneBot.Features.Feedback;
using GeneBot.Knowledge.Answers;
using GeneBot.Tests.Support;

namespace GeneBot.Tests.Adapters.Teams;

/// <summary>The buttons under a Teams answer card: the same replies get them as on Discord, and they carry only the answer's id.</summary>
public sealed class AnswerActionsTests
{
    private const string AnswerId = "0123456789abcdef";

    private static ChatReply Answered(string? answerId = AnswerId)
    {
        var answer = Some.Answer(Some.Citation(1), Some.Citation(2));
        return new ChatReply(answer.Text, Answer: answer) { AnswerId = answerId };
    }

    private static JsonArray? Actions(TeamsMessage message) => message.Card?["actions"]?.AsArray();

    private static string Title(JsonNode? action) => action!["title"]!.GetValue<string>();

    [Fact]
    public void A_recorded_answer_carries_helpful_not_helpful_a_reason_explain_simpler_and_more_sources_with_its_answer_id()
    {
        // Act
        var actions = Actions(TeamsRenderer.Render(Answered()))!;

        // Assert
        Assert.Equal(
            [AnswerActions.HelpfulTitle, AnswerActions.NotHelpfulTitle, AnswerActions.ReasonTitle, AnswerActions.SimplerTitle, AnswerActions.MoreTitle],
            actions.Select(Title));
        Assert.Equal(["Action.Submit", "Action.Submit", "Action.ShowCard", "Action.Submit", "Action.Submit"], actions.Select(a => a!["type"]!.GetValue<string>()));
        Assert.Equal("""{"genebot":"feedback","answerId":"0123456789abcdef","vote":"up"}""", actions[0]!["data"]!.ToJsonString());
        Assert.Equal("""{"genebot":"feedback","answerId":"0123456789abcdef","vote":"down"}""", actions[1]!["data"]!.ToJsonString());
        Assert.Equal("""{"genebot":"simpler","answerId":"0123456789abcdef"}""", actions[3]!["data"]!.ToJsonString());
        Assert.Equal("""{"genebot":"more","answerId":"0123456789abcdef"}""", actions[4]!["data"]!.ToJsonString());
    }

    [Fact]
    public void Not_helpful_with_a_reason_unfolds_an_optional_capped_text_field_and_a_button_that_votes_down()
    {
        // Act
        var card = Actions(TeamsRenderer.Render(Answered()))![2]!["card"]!;

        // Assert
        var input = Assert.Single(card["body"]!.AsArray())!;
        Assert.Equal("Input.Text", input["type"]!.GetValue<string>());
        Assert.Equal(TeamsSubmit.ReasonInput, input["id"]!.GetValue<string>());
        Assert.Equal(FeedbackFeature.MaxReason, input["maxLength"]!.GetValue<int>());
        Assert.False(input["isRequired"]!.GetValue<bool>());
        Assert.Equal(FeedbackFeature.ReasonPlaceholder, input["placeholder"]!.GetValue<string>());
        var send = Assert.Single(card["actions"]!.AsArray())!;
        Assert.Equal("Action.Submit", send["type"]!.GetValue<string>());
        Assert.Equal("""{"genebot":"feedback","answerId":"0123456789abcdef","vote":"down"}""", send["data"]!.ToJsonString());
    }

    [Fact]
    public void An_answer_without_an_answer_id_has_no_actions()
    {
        // Act
        var message = TeamsRenderer.Render(Answered(answerId: null));

        // Assert
        Assert.NotNull(message.Card);
        Assert.Null(Actions(message));
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData(null, true)]
    [InlineData(AnswerId, false)]
    public void An_abstention_is_text_alone_without_an_answer_id_or_a_moderators_conversation(string? answerId, bool askModerator)
    {
        // Arrange: "Ask a moderator" needs a moderators' conversation (Teams:ModeratorConversationId) to post to.
        var abstention = Abstention(answerId);

        // Act
        var message = TeamsRenderer.Render(abstention, askModerator);

        // Assert
        Assert.Null(message.Card);
        Assert.Null(AnswerActions.For(abstention, askModerator));
        Assert.Equal(ReplyText.Abstention, message.Text);
    }

    [Fact]
    public void A_recorded_abstention_offers_only_ask_a_moderator_with_its_answer_id_when_moderators_can_hear_it()
    {
        // Act
        var message = TeamsRenderer.Render(Abstention(AnswerId), askModerator: true, "A lead.");

        // Assert
        var action = Assert.Single(Actions(message)!)!;
        Assert.Equal(AnswerActions.AskModeratorTitle, Title(action));
        Assert.Equal("Action.Submit", action["type"]!.GetValue<string>());
        Assert.Equal("""{"genebot":"moderator","answerId":"0123456789abcdef"}""", action["data"]!.ToJsonString());
        Assert.Equal(["A lead.", ReplyText.Abstention], message.Card!["body"]!.AsArray().Select(b => b!["text"]!.GetValue<string>()));
        Assert.DoesNotContain("what is x", message.Card.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_cited_answer_never_offers_ask_a_moderator()
    {
        // Act
        var actions = Actions(TeamsRenderer.Render(Answered(), askModerator: true))!;

        // Assert
        Assert.DoesNotContain(actions, a => Title(a) == AnswerActions.AskModeratorTitle);
        Assert.Equal(5, actions.Count);
    }

    private static ChatReply Abstention(string? answerId)
    {
        var abstention = new Answer("what is x", AnswerStatus.Abstained, 0.1, ReplyText.Abstention, [], ReplyText.Disclaimer);
        return new ChatReply(abstention.Text, Answer: abstention) { AnswerId = answerId };
    }

    [Fact]
    public void A_huge_recorded_answer_keeps_its_actions_within_the_Teams_size_limit()
    {
        // Arrange
        var citations = Enumerable.Range(1, 12).Select(n => Some.Citation(n, excerpt: string.Concat(Enumerable.Repeat("Gene therapy <é> \"quoted\" ", 400)))).ToArray();
        var answer = Some.Answer(citations);

        // Act
        var message = TeamsRenderer.Render(new ChatReply(answer.Text, Answer: answer) { AnswerId = AnswerId });

        // Assert
        Assert.True(TeamsRenderer.Bytes(message) <= TeamsLimits.MessageBytes, $"{TeamsRenderer.Bytes(message)} bytes");
        Assert.Equal(5, Actions(message)!.Count);
    }
}
