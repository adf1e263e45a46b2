using GeneBot.Adapters.Discord.Rendering;
using GeneBot.Chat;
using GeneBot.Discord.Models;
using GeneBot.Discord.Rest;
using GeneBot.Knowledge.Answers;
using GeneBot.Privacy;
using Microsoft.Extensions.Logging;

namespace GeneBot.Adapters.Discord;

/// <summary>
/// Answers a public mention that carries personal health details in private: the answer goes to the member's DMs and
/// a short public reply says why (never repeating what they wrote). When Discord refuses the DM (the member's DMs are
/// closed), the public reply asks them to ask privately instead, except for a safety reply (crisis, urgent), which
/// repeats nothing of the question and is posted where the member will see it.
/// </summary>
public sealed class DirectMessageDelivery(IDiscordRestClient rest, ILogger<DirectMessageDelivery> logger)
{
    /// <summary>Sends the reply; returns how it went ("dm" or "public notice, dm refused"). REST failures of the public reply propagate.</summary>
    public async Task<string> DeliverAsync(Message question, ChatReply reply, string? firstUseNote, CancellationToken cancellationToken = default)
    {
        try
        {
            var dm = await rest.CreateDmAsync(question.Author.Id, cancellationToken).ConfigureAwait(false);
            var answer = DiscordRenderer.Render(reply).WithLead(firstUseNote, PrivacyText.DmLead);
            await rest.CreateMessageAsync(dm.Id, answer.ToMessage(), cancellationToken).ConfigureAwait(false);
        }
        catch (DiscordApiException ex) when (ex is not DiscordUnauthorizedException)
        {
            Log.DirectMessageRefused(logger, question.Id.Value, (int)ex.Status, ex.Code);
            var fallback = reply.Answer?.Status == AnswerStatus.Safety
                ? DiscordRenderer.Render(reply).WithLead(firstUseNote)
                : DiscordRenderer.Text(PrivacyText.AskPrivately).WithLead(firstUseNote);
            await rest.CreateMessageAsync(question.ChannelId, fallback.ToMessage(replyTo: question.Id), cancellationToken).ConfigureAwait(false);
            return "public notice, dm refused";
        }

        await rest.CreateMessageAsync(question.ChannelId, DiscordRenderer.Text(PrivacyText.SentToDm).ToMessage(replyTo: question.Id), cancellationToken)
            .ConfigureAwait(false);
        return "dm";
    }
}
