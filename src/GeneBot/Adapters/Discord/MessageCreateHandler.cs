using System.Diagnostics;
using GeneBot.Adapters.Discord.Rendering;
using GeneBot.Chat;
using GeneBot.Discord.Gateway;
using GeneBot.Discord.Models;
using GeneBot.Discord.Rest;
using GeneBot.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GeneBot.Adapters.Discord;

/// <summary>
/// MESSAGE_CREATE: answers a message that mentions GeneBot (in an allowed channel) or is sent to it in a DM, as a reply
/// to that message. Ignores bots, webhooks, GeneBot itself, and messages it has already answered.
/// </summary>
public sealed class MessageCreateHandler(
    BotIdentity identity,
    IChatResponder chat,
    IDiscordRestClient rest,
    RecentlyHandled recent,
    IOptions<DiscordBotOptions> options,
    WorkerExit exit,
    PrivateReplyPolicy privacy,
    DirectMessageDelivery directMessages,
    ILogger<MessageCreateHandler> logger) : IGatewayEventHandler
{
    // https://discord.com/developers/docs/resources/message#message-object-message-types
    private const int DefaultMessage = 0;
    private const int ReplyMessage = 19;

    public async ValueTask HandleAsync(GatewayDispatch dispatch, CancellationToken cancellationToken = default)
    {
        if (dispatch.Name != GatewayDispatch.MessageCreate || dispatch.AsMessageCreate() is not { } message)
            return;
        // A message without an author is malformed (source-generated JSON leaves a missing field null).
        if (message.Author is null || message.Author.Bot == true || message.WebhookId is not null)
            return;

        var bot = await identity.WaitAsync(cancellationToken).ConfigureAwait(false);
        if (!IsForGeneBot(message, bot.Id))
            return;
        if (!recent.TryClaim(message.Id))
        {
            Log.DuplicateIgnored(logger, "message", message.Id.Value);
            return;
        }

        var started = Stopwatch.GetTimestamp();
        var request = DiscordChatRequests.FromMessage(message);
        Log.QuestionReceived(logger, message.Id.Value, request.Text);
        var reply = await chat.RespondAsync(request, cancellationToken).ConfigureAwait(false);
        var note = await privacy.FirstUseNoteAsync(request, cancellationToken).ConfigureAwait(false);
        var delivery = privacy.MustAnswerPrivately(request)
            ? await SendAsync(message, () => directMessages.DeliverAsync(message, reply, note, cancellationToken)).ConfigureAwait(false)
            : await SendAsync(message, async () =>
            {
                await rest.CreateMessageAsync(message.ChannelId, DiscordRenderer.Render(reply).WithLead(note).ToMessage(replyTo: message.Id), cancellationToken).ConfigureAwait(false);
                return "reply";
            }).ConfigureAwait(false);
        Log.MessageAnswered(logger, message.Id.Value, message.ChannelId.Value, privacy.UserHash(request), Outcome(reply), delivery, Stopwatch.GetElapsedTime(started));
    }

    /// <summary>A member's own message (not a system message) in a DM, or in an allowed guild channel with GeneBot among its mentions.</summary>
    public bool IsForGeneBot(Message message, Snowflake botId)
    {
        if (message.Author.Id == botId || message.Type is not (DefaultMessage or ReplyMessage))
            return false;
        if (message.GuildId is null)
            return true;
        // Source-generated JSON leaves a missing list null, whatever the record's default says.
        return (message.Mentions ?? []).Any(user => user.Id == botId) && options.Value.AllowsChannel(message.ChannelId);
    }

    private async Task<string> SendAsync(Message question, Func<Task<string>> send)
    {
        try
        {
            return await send().ConfigureAwait(false);
        }
        catch (DiscordUnauthorizedException)
        {
            exit.TokenRejected();
            return "token rejected";
        }
        catch (DiscordApiException ex)
        {
            Log.ReplyFailed(logger, question.ChannelId.Value, (int)ex.Status, ex.Code);
            return "failed";
        }
    }

    internal static string Outcome(ChatReply reply) =>
        reply.Answer?.Status.ToString() ?? (reply.Faq is not null ? "Faq" : "Text");
}
