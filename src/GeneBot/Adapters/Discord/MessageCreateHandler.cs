using System.Diagnostics;
using GeneBot.Adapters.Discord.Rendering;
using GeneBot.Chat;
using GeneBot.Discord.Gateway;
using GeneBot.Discord.Models;
using GeneBot.Discord.Rest;
using GeneBot.Hosting;
using GeneBot.Privacy;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GeneBot.Adapters.Discord;

/// <summary>
/// MESSAGE_CREATE: answers a message that mentions GeneBot (in an allowed channel) or is sent to it in a DM, as a reply
/// to that message. With <c>Bot:ReplyInThreads</c>, a mention in a guild channel is answered in a new thread started on
/// the question, and every later message in that thread (the conversation's place) is answered without a mention.
/// Ignores bots, webhooks, GeneBot itself, and messages it has already answered.
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
    ILogger<MessageCreateHandler> logger,
    IOptions<Moderation.BotOptions> botOptions,
    BotThreads threads,
    Moderation.SafetyAlerts alerts) : IGatewayEventHandler
{
    // https://discord.com/developers/docs/resources/message#message-object-message-types
    private const int DefaultMessage = 0;
    private const int ReplyMessage = 19;

    // https://discord.com/developers/docs/resources/channel#channel-object-channel-types
    private static readonly int[] ThreadChannelTypes = [10, 11, 12];

    /// <summary>Discord's limit on a thread's name.</summary>
    public const int MaxThreadName = 100;

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
        var personal = privacy.MustAnswerPrivately(request);
        // A new thread is the conversation's place: its follow-ups are remembered under the thread.
        var thread = personal ? null : await StartThreadAsync(message, request, bot.Id, cancellationToken).ConfigureAwait(false);
        if (thread is { } t)
            request = request with { PlaceId = t.ToString() };
        // In GeneBot's own thread, everyone shares the thread's conversation.
        if (thread is not null || message.GuildId is not null && threads.Contains(message.ChannelId))
            request = request with { SharedPlace = true };
        var reply = await chat.RespondAsync(request, cancellationToken).ConfigureAwait(false);
        var note = await privacy.FirstUseNoteAsync(request, cancellationToken).ConfigureAwait(false);
        var delivery = personal
            ? await SendAsync(message, () => directMessages.DeliverAsync(message, reply, note, cancellationToken)).ConfigureAwait(false)
            : await SendAsync(message, async () =>
            {
                // In a new thread there is nothing to reply to: the thread hangs on the question itself.
                var target = thread ?? message.ChannelId;
                await rest.CreateMessageAsync(target, DiscordRenderer.Render(reply).WithLead(note).ToMessage(replyTo: thread is null ? message.Id : null), cancellationToken).ConfigureAwait(false);
                return thread is null ? "reply" : "thread";
            }).ConfigureAwait(false);
        Log.MessageAnswered(logger, message.Id.Value, message.ChannelId.Value, privacy.UserHash(request), Outcome(reply), delivery, Stopwatch.GetElapsedTime(started));
        await alerts.AlertAsync(reply, message.GuildId, message.ChannelId, message.Id, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// With <c>Bot:ReplyInThreads</c>, for a mention in a guild channel that is not itself a thread: starts a thread on
    /// the question and remembers it. Null when no thread is wanted or Discord refuses one (the answer is then a reply).
    /// </summary>
    private async Task<Snowflake?> StartThreadAsync(Message message, ChatRequest request, Snowflake botId, CancellationToken cancellationToken)
    {
        if (!botOptions.Value.ReplyInThreads || message.GuildId is null || threads.Contains(message.ChannelId)
            || message.ChannelType is { } type && ThreadChannelTypes.Contains(type) || !Mentions(message, botId))
            return null;
        try
        {
            var thread = await rest.StartThreadFromMessageAsync(message.ChannelId, message.Id, new StartThreadRequest(ThreadName(request.Text)), cancellationToken).ConfigureAwait(false);
            threads.Add(thread.Id);
            return thread.Id;
        }
        catch (DiscordApiException ex) when (ex is not DiscordUnauthorizedException)
        {
            // No Create Public Threads permission, a channel type without threads, a thread already there: answer as a reply.
            Log.ReplyFailed(logger, message.ChannelId.Value, (int)ex.Status, ex.Code);
            return null;
        }
    }

    /// <summary>The question as the thread's name, shortened to Discord's 100 characters; a fixed name when it is empty.</summary>
    public static string ThreadName(string question)
    {
        var name = question.Replace('\n', ' ').Trim();
        if (name.Length == 0)
            return "GeneBot answer";
        return name.Length <= MaxThreadName ? name : TextFit.Fit(name, MaxThreadName);
    }

    /// <summary>A member's own message (not a system message) in a DM, or in an allowed guild channel with GeneBot among its mentions.</summary>
    public bool IsForGeneBot(Message message, Snowflake botId)
    {
        if (message.Author.Id == botId || message.Type is not (DefaultMessage or ReplyMessage))
            return false;
        if (message.GuildId is null)
            return true;
        if (Mentions(message, botId))
            return options.Value.AllowsChannel(message.ChannelId) || threads.Contains(message.ChannelId);
        // In a thread GeneBot started, every message is a follow-up; without the Message Content intent its text is
        // empty, and then there is nothing to answer (the member mentions GeneBot instead).
        return botOptions.Value.ReplyInThreads && threads.Contains(message.ChannelId)
            && DiscordChatRequests.StripMentions(message.Content ?? "").Length > 0;
    }

    // Source-generated JSON leaves a missing list null, whatever the record's default says.
    private static bool Mentions(Message message, Snowflake botId) =>
        (message.Mentions ?? []).Any(user => user.Id == botId);

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
