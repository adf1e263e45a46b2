using Stopwatch = System.Diagnostics.Stopwatch;
using GeneBot.Adapters.Teams.Connector;
using GeneBot.Adapters.Teams.Models;
using GeneBot.Adapters.Teams.Moderation;
using GeneBot.Adapters.Teams.Rendering;
using GeneBot.Chat;
using GeneBot.Privacy;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GeneBot.Adapters.Teams;

/// <summary>
/// Answers one accepted activity: a member's message in a 1:1 chat, or one that mentions GeneBot in a channel or
/// group chat, goes through the chat layer and comes back as a reply (card and text). A channel or group-chat question
/// with personal health details is answered in a 1:1 chat instead (<see cref="PrivateChatDelivery"/>). A member's
/// first answer leads with the one-time note on what GeneBot is and is not. An urgent or crisis message in a channel
/// or group chat also alerts the moderators' conversation (<see cref="TeamsModerators"/>), after the answer, even
/// when the answer could not be sent.
/// </summary>
public sealed class TeamsMessageHandler(
    IChatResponder chat,
    ChatRouter router,
    ConnectorClient connector,
    PrivateReplyPolicy privacy,
    PrivateChatDelivery privateChats,
    TeamsModerators moderators,
    IOptions<TeamsOptions> options,
    ILogger<TeamsMessageHandler> logger) : ITeamsActivityHandler
{
    private readonly string[] commandNames = [.. router.Commands.SelectMany(c => c.Names)];

    public bool Handles(Activity activity) => TeamsChatRequests.From(activity, options.Value, commandNames) is not null;

    public async Task HandleAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        if (TeamsChatRequests.From(activity, options.Value, commandNames) is not { } request)
            return;
        var started = Stopwatch.GetTimestamp();
        Log.TeamsQuestionReceived(logger, activity.Id ?? "", request.Text);
        var reply = await chat.RespondAsync(request, cancellationToken).ConfigureAwait(false);
        var note = await privacy.FirstUseNoteAsync(request, cancellationToken).ConfigureAwait(false);
        try
        {
            string delivery;
            if (privacy.MustAnswerPrivately(request))
            {
                delivery = await privateChats.DeliverAsync(activity, reply, note, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await connector.ReplyAsync(activity, TeamsRenderer.Render(reply, moderators.Configured, note).ToReply(activity), cancellationToken).ConfigureAwait(false);
                delivery = "reply";
            }
            Log.TeamsAnswered(logger, activity.Id ?? "", privacy.UserHash(request), request.IsPrivate, Outcome(reply), delivery, Stopwatch.GetElapsedTime(started));
        }
        finally
        {
            await moderators.AlertAsync(activity, reply, cancellationToken).ConfigureAwait(false);
        }
    }

    private static string Outcome(ChatReply reply) =>
        reply.Answer?.Status.ToString() ?? (reply.Faq is not null ? "Faq" : "Text");
}
