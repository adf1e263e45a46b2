using System.Collections.Concurrent;
using GeneBot.Adapters.Teams.Connector;
using GeneBot.Adapters.Teams.Models;
using GeneBot.Adapters.Teams.Rendering;
using GeneBot.Chat;
using Microsoft.Extensions.Logging;

namespace GeneBot.Adapters.Teams;

/// <summary>
/// A <c>conversationUpdate</c> whose <c>membersAdded</c> names GeneBot itself (the activity's recipient): GeneBot was
/// installed in a 1:1 chat, a group chat or a team, and posts one short <see cref="WelcomeText"/> there as a new message
/// (https://learn.microsoft.com/microsoftteams/platform/bots/how-to/conversations/send-proactive-messages). Each
/// conversation is welcomed at most once per process. Members joining, and every other update, are ignored.
/// </summary>
public sealed class TeamsWelcomeHandler(ConnectorClient connector, ILogger<TeamsWelcomeHandler> logger) : ITeamsActivityHandler
{
    /// <summary>How many welcomed conversations are remembered; past it the memory starts again (a repeated install would then be welcomed again).</summary>
    public const int Remembered = 10_000;

    private readonly ConcurrentDictionary<string, byte> welcomed = new(StringComparer.Ordinal);

    public bool Handles(Activity activity) =>
        activity.IsConversationUpdate
        && activity.Conversation?.Id is not null
        && activity.Recipient?.Id is { } botId
        && (activity.MembersAdded ?? []).Any(m => m?.Id == botId);

    public async Task HandleAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        var conversation = activity.Conversation!;
        if (welcomed.Count >= Remembered)
            welcomed.Clear();
        if (!welcomed.TryAdd(conversation.Id!, 0))
            return;
        var welcome = TeamsRenderer.Render(ChatReply.Plain(WelcomeText.For(conversation))).ToConversationMessage(activity);
        await connector.SendToConversationAsync(activity, conversation.Id!, welcome, cancellationToken).ConfigureAwait(false);
        Log.TeamsWelcomed(logger, conversation.ConversationType ?? "unknown");
    }
}
