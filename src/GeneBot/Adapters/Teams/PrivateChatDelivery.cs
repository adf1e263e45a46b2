using GeneBot.Adapters.Teams.Connector;
using GeneBot.Adapters.Teams.Models;
using GeneBot.Adapters.Teams.Moderation;
using GeneBot.Adapters.Teams.Rendering;
using GeneBot.Chat;
using GeneBot.Knowledge.Answers;
using GeneBot.Privacy;
using Microsoft.Extensions.Logging;

namespace GeneBot.Adapters.Teams;

/// <summary>
/// Answers a channel or group-chat question that carries personal health details in private, as Discord does with a
/// DM: the answer goes to a 1:1 chat with the member (opened, or found again, through the connector) and a short reply
/// in the channel says why, never repeating what they wrote. When the 1:1 chat cannot be opened or written to (403:
/// the app is not installed for the member; or any failure after the retries), the channel reply asks them to message
/// GeneBot privately instead, except for a safety reply (crisis, urgent), which repeats nothing of the question and is
/// posted where the member will see it.
/// </summary>
public sealed class PrivateChatDelivery(ConnectorClient connector, TeamsModerators moderators, ILogger<PrivateChatDelivery> logger)
{
    /// <summary>Sends the reply; returns how it went ("private chat" or "channel notice, private chat refused"). Failures of the channel reply propagate.</summary>
    public async Task<string> DeliverAsync(Activity question, ChatReply reply, string? firstUseNote, CancellationToken cancellationToken = default)
    {
        try
        {
            var chat = await connector.CreatePersonalConversationAsync(question, cancellationToken).ConfigureAwait(false);
            var answer = TeamsRenderer.Render(reply, moderators.Configured, firstUseNote, PrivacyText.PrivateChatLead);
            await connector.SendToConversationAsync(question, chat, answer.ToPersonalMessage(question, chat), cancellationToken).ConfigureAwait(false);
        }
        // A refusal, a connector still failing after the retries, or its timeout; not GeneBot stopping.
        catch (Exception ex) when (ex is TeamsApiException or HttpRequestException || ex is OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            Log.TeamsPrivateChatRefused(logger, question.Id ?? "", (ex as TeamsApiException)?.Status ?? 0);
            var fallback = reply.Answer?.Status == AnswerStatus.Safety
                ? TeamsRenderer.Render(reply, firstUseNote)
                : TeamsRenderer.Render(ChatReply.Plain(PrivacyText.AskInPrivateChat), firstUseNote);
            await connector.ReplyAsync(question, fallback.ToReply(question), cancellationToken).ConfigureAwait(false);
            return "channel notice, private chat refused";
        }

        await connector.ReplyAsync(question, TeamsRenderer.Render(ChatReply.Plain(PrivacyText.SentToPrivateChat)).ToReply(question), cancellationToken)
            .ConfigureAwait(false);
        return "private chat";
    }
}
