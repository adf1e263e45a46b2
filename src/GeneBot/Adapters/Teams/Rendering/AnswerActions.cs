using System.Text.Json.Nodes;
using GeneBot.Chat;
using GeneBot.Features.Feedback;
using GeneBot.Knowledge.Answers;
using static GeneBot.Adapters.Teams.Rendering.AdaptiveCard;

namespace GeneBot.Adapters.Teams.Rendering;

/// <summary>
/// The buttons under a recorded answer's card, as Discord's <see cref="Discord.Rendering.FeedbackButtons"/> offers
/// them: for a cited answer with an answer id, 👍, 👎 (and, unfolded under the card, 👎 with an optional reason),
/// "Explain simpler" and "More sources"; for an abstention with an answer id, "Ask a moderator", when a moderators'
/// conversation is set (<c>Teams:ModeratorConversationId</c>). Each sends back only the answer's opaque id, never its
/// text (<see cref="TeamsSubmit"/>).
/// </summary>
public static class AnswerActions
{
    public const string HelpfulTitle = "👍 Helpful";
    public const string NotHelpfulTitle = "👎 Not helpful";
    public const string ReasonTitle = "👎 Say what was wrong";
    public const string SendReasonTitle = "Send";
    public const string SimplerTitle = "Explain simpler";
    public const string MoreTitle = "More sources";
    public const string AskModeratorTitle = "Ask a moderator";

    /// <summary>The card's <c>actions</c>, or null when the reply gets none; <paramref name="askModerator"/> offers "Ask a moderator" on an abstention.</summary>
    public static JsonArray? For(ChatReply reply, bool askModerator = false)
    {
        if (reply.AnswerId is not { } id)
            return null;
        if (reply.Answer is { Status: AnswerStatus.Abstained })
            return askModerator ? [Submit(AskModeratorTitle, Data(TeamsSubmit.AskModerator, id))] : null;
        if (reply.Answer is not { Status: AnswerStatus.Answered })
            return null;
        var reason = InputText(TeamsSubmit.ReasonInput, FeedbackFeature.ReasonPrompt, FeedbackFeature.ReasonPlaceholder, FeedbackFeature.MaxReason);
        return
        [
            Submit(HelpfulTitle, Vote(id, TeamsSubmit.Up)),
            Submit(NotHelpfulTitle, Vote(id, TeamsSubmit.Down)),
            ShowCard(ReasonTitle, InnerCard([reason], [Submit(SendReasonTitle, Vote(id, TeamsSubmit.Down))])),
            Submit(SimplerTitle, Data(TeamsSubmit.Simpler, id)),
            Submit(MoreTitle, Data(TeamsSubmit.More, id)),
        ];
    }

    private static JsonObject Vote(string answerId, string vote)
    {
        var data = Data(TeamsSubmit.Feedback, answerId);
        data[TeamsSubmit.VoteProperty] = vote;
        return data;
    }

    private static JsonObject Data(string kind, string answerId) =>
        new() { [TeamsSubmit.KindProperty] = kind, [TeamsSubmit.AnswerIdProperty] = answerId };
}
