using Stopwatch = System.Diagnostics.Stopwatch;
using GeneBot.Adapters.Teams.Connector;
using GeneBot.Adapters.Teams.Models;
using GeneBot.Adapters.Teams.Rendering;
using GeneBot.Chat;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GeneBot.Adapters.Teams;

/// <summary>
/// Answers one accepted activity: a member's message in a 1:1 chat, or one that mentions GeneBot in a channel or
/// group chat, goes through the chat layer and comes back as a reply (card and text). Anything else is ignored.
/// </summary>
public sealed class TeamsMessageHandler(
    IChatResponder chat,
    ChatRouter router,
    ConnectorClient connector,
    IOptions<TeamsOptions> options,
    ILogger<TeamsMessageHandler> logger)
{
    private readonly string[] commandNames = [.. router.Commands.SelectMany(c => c.Names)];

    public async Task HandleAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        if (TeamsChatRequests.From(activity, options.Value, commandNames) is not { } request)
        {
            Log.TeamsActivityIgnored(logger, activity.Type ?? "none");
            return;
        }
        var started = Stopwatch.GetTimestamp();
        Log.TeamsQuestionReceived(logger, activity.Id ?? "", request.Text);
        var reply = await chat.RespondAsync(request, cancellationToken).ConfigureAwait(false);
        var message = TeamsRenderer.Render(reply);
        await connector.ReplyAsync(activity, message.ToReply(activity), cancellationToken).ConfigureAwait(false);
        Log.TeamsAnswered(logger, activity.Id ?? "", request.IsPrivate, Outcome(reply), Stopwatch.GetElapsedTime(started));
    }

    private static string Outcome(ChatReply reply) =>
        reply.Answer?.Status.ToString() ?? (reply.Faq is not null ? "Faq" : "Text");
}
