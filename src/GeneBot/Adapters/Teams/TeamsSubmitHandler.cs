using GeneBot.Adapters.Teams.Connector;
using GeneBot.Adapters.Teams.Models;
using GeneBot.Adapters.Teams.Moderation;
using GeneBot.Adapters.Teams.Rendering;
using GeneBot.Chat;
using GeneBot.Features.Feedback;
using Microsoft.Extensions.Logging;

namespace GeneBot.Adapters.Teams;

/// <summary>
/// A press of a button on an answer card (<see cref="AnswerActions"/>), by any member, in a 1:1 chat or in a channel or
/// group chat (where it carries no mention): 👍 / 👎 and the optional reason go to <see cref="FeedbackFeature"/> as on
/// Discord (a member's later vote on an answer replaces their earlier one); "Explain simpler" and "More sources" to the
/// question feature by the answer's id; "Ask a moderator" (on an abstention) posts a notice to the moderators'
/// conversation (<see cref="TeamsModerators"/>). The feature's reply (the thanks, "too old", the simpler answer) is posted as a
/// reply in the same conversation: Teams has no message that only the presser sees, so in a channel the others see it
/// too; it repeats nothing the member wrote. A value that is not a well-formed GeneBot press is logged and ignored.
/// </summary>
public sealed class TeamsSubmitHandler(
    FeedbackFeature feedback, ChatRouter router, ConnectorClient connector, TeamsModerators moderators, ModeratorRequests requests, ILogger<TeamsSubmitHandler> logger)
    : ITeamsActivityHandler
{
    public bool Handles(Activity activity) =>
        activity.IsSubmit && activity.From?.Id is { } from && from != activity.Recipient?.Id && activity.Conversation?.Id is not null;

    public async Task HandleAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        if (activity.Value is not { } value || TeamsSubmit.Parse(value) is not { } press)
        {
            Log.TeamsSubmitIgnored(logger, activity.Id ?? "");
            return;
        }
        var user = TeamsChatRequests.UserId(activity.From!);
        var reply = press.Kind == TeamsSubmit.AskModerator
            ? await AskModeratorsAsync(activity, press.AnswerId, user, cancellationToken).ConfigureAwait(false)
            : Act(press, user, activity.Conversation!.Id!);
        await connector.ReplyAsync(activity, TeamsRenderer.Render(reply).ToReply(activity), cancellationToken).ConfigureAwait(false);
        Log.TeamsSubmitAnswered(logger, activity.Id ?? "", press.Kind, press.AnswerId);
    }

    private async Task<ChatReply> AskModeratorsAsync(Activity press, string answerId, string user, CancellationToken cancellationToken)
    {
        if (!moderators.Configured)
            return ModeratorNotice.Unavailable;
        if (requests.Admit(answerId, user) is { } refused)
            return refused;
        var reply = await moderators.AskAsync(press, cancellationToken).ConfigureAwait(false);
        if (reply != ModeratorNotice.Sent)
            requests.Release(answerId);
        return reply;
    }

    private ChatReply Act(TeamsSubmit press, string userId, string conversationId)
    {
        try
        {
            return press.Kind switch
            {
                TeamsSubmit.Feedback => feedback.Vote(userId, press.AnswerId, press.Helpful, press.Reason),
                TeamsSubmit.Simpler => router.Ask.Simpler(press.AnswerId),
                _ => router.Ask.More(press.AnswerId),
            };
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.ChatFailed(logger, ex, "teams:" + conversationId);
            return ChatErrors.SomethingWentWrong;
        }
    }
}
