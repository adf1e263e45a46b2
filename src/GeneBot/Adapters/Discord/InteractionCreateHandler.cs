using System.Diagnostics;
using GeneBot.Adapters.Discord.Moderation;
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
/// INTERACTION_CREATE for GeneBot's slash commands. Discord wants an acknowledgement within 3 s of the event, counted
/// here from local receipt (<see cref="GatewayDispatch.ReceivedAt"/>): an answer ready within
/// <see cref="DiscordBotOptions.InteractionAnswerBudget"/> is sent at once (type 4); otherwise the interaction is
/// deferred (type 5) and the original response edited when the answer is ready. A rejected acknowledgement (expired or
/// duplicate) is logged and never retried.
/// </summary>
public sealed class InteractionCreateHandler(
    IChatResponder chat,
    IDiscordRestClient rest,
    RecentlyHandled recent,
    IOptions<DiscordBotOptions> options,
    TimeProvider time,
    WorkerExit exit,
    PrivateReplyPolicy privacy,
    MemberRoles roles,
    ILogger<InteractionCreateHandler> logger,
    Moderation.SafetyAlerts alerts) : IGatewayEventHandler
{
    public async ValueTask HandleAsync(GatewayDispatch dispatch, CancellationToken cancellationToken = default)
    {
        if (dispatch.Name != GatewayDispatch.InteractionCreate
            || dispatch.AsInteractionCreate() is not { Type: Interaction.ApplicationCommandType, Token.Length: > 0 } interaction
            || SlashCommands.Find(interaction.CommandData?.Name ?? "") is { HasOwnHandler: true })
            return;
        if (!recent.TryClaim(interaction.Id))
        {
            Log.DuplicateIgnored(logger, "interaction", interaction.Id.Value);
            return;
        }

        try
        {
            await AnswerAsync(dispatch, interaction, cancellationToken).ConfigureAwait(false);
        }
        catch (InteractionAcknowledgementException ex)
        {
            Log.AcknowledgementRejected(logger, interaction.Id.Value, ex.IsExpired ? "expired" : "already acknowledged", time.GetUtcNow() - dispatch.ReceivedAt);
        }
        catch (DiscordUnauthorizedException)
        {
            exit.TokenRejected();
        }
        catch (DiscordApiException ex)
        {
            Log.ReplyFailed(logger, interaction.ChannelId?.Value ?? 0, (int)ex.Status, ex.Code);
        }
    }

    private async Task AnswerAsync(GatewayDispatch dispatch, Interaction interaction, CancellationToken cancellationToken)
    {
        var command = interaction.CommandData is { } data ? SlashCommands.Find(data.Name) : null;
        if (command is null || interaction.GuildId is not null && !options.Value.AllowsChannel(interaction.ChannelId))
        {
            var refusal = command is null ? ChatErrors.UnknownCommand : ChatErrors.NotInThisChannel;
            await AcknowledgeAsync(interaction, DiscordRenderer.Render(refusal).ToInteractionResponse(), cancellationToken).ConfigureAwait(false);
            return;
        }

        var started = Stopwatch.GetTimestamp();
        // The member's role is read from this interaction's member.permissions and roles, every time.
        var request = DiscordChatRequests.FromCommand(interaction, command) with { Role = roles.Of(interaction) };
        Log.QuestionReceived(logger, interaction.Id.Value, request.Text);
        var answering = chat.RespondAsync(request, cancellationToken);
        // Personal health details in a guild: the answer is shown only to the member, and says why.
        var personal = privacy.MustAnswerPrivately(request);
        var ephemeral = command.Ephemeral || personal;
        var lead = personal ? PrivacyText.OnlyYouCanSee : null;
        var budget = options.Value.InteractionAnswerBudget - (time.GetUtcNow() - dispatch.ReceivedAt);
        ChatReply reply;
        string how;
        if (await CompletesWithinAsync(answering, budget, cancellationToken).ConfigureAwait(false))
        {
            reply = await PostAsReplyAsync(interaction, await answering.ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
            await AcknowledgeAsync(interaction, DiscordRenderer.Render(reply, ephemeral).WithLead(lead).ToInteractionResponse(), cancellationToken).ConfigureAwait(false);
            how = "at once";
        }
        else
        {
            await AcknowledgeAsync(interaction, InteractionResponse.Defer(ephemeral), cancellationToken).ConfigureAwait(false);
            reply = await PostAsReplyAsync(interaction, await answering.ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
            await rest.EditOriginalInteractionResponseAsync(
                interaction.ApplicationId, interaction.Token, DiscordRenderer.Render(reply, ephemeral).WithLead(lead).ToEdit(), cancellationToken).ConfigureAwait(false);
            how = "deferred";
        }
        Log.InteractionAnswered(logger, interaction.Id.Value, command.Name, privacy.UserHash(request), how, MessageCreateHandler.Outcome(reply), Stopwatch.GetElapsedTime(started));
        if (interaction.ChannelId is { } channel)
            await alerts.AlertAsync(reply, interaction.GuildId, channel, messageId: null, cancellationToken).ConfigureAwait(false);
        await FirstUseNoteAsync(interaction, request, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The one-time note, as an ephemeral follow-up after the member's first answer.</summary>
    private async Task FirstUseNoteAsync(Interaction interaction, ChatRequest request, CancellationToken cancellationToken)
    {
        if (await privacy.FirstUseNoteAsync(request, cancellationToken).ConfigureAwait(false) is not { } note)
            return;
        var followUp = new MessageEditRequest { Content = note, AllowedMentions = AllowedMentions.None, Flags = MessageFlags.Ephemeral };
        await rest.CreateFollowupMessageAsync(interaction.ApplicationId, interaction.Token, followUp, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// A reply meant as a public reply to another message (<c>/faq post reply_to:…</c>) is posted in the channel as that
    /// reply, and the member is told privately that it was; any other reply is returned unchanged.
    /// </summary>
    private async Task<ChatReply> PostAsReplyAsync(Interaction interaction, ChatReply reply, CancellationToken cancellationToken)
    {
        if (reply.ReplyTo is null || !Snowflake.TryParse(reply.ReplyTo, out var target) || interaction.ChannelId is not { } channel)
            return reply;
        await rest.CreateMessageAsync(channel, DiscordRenderer.Render(reply with { ReplyTo = null }).ToMessage(replyTo: target), cancellationToken).ConfigureAwait(false);
        return ChatReply.Plain("Posted.", ephemeral: true);
    }

    private Task AcknowledgeAsync(Interaction interaction, InteractionResponse response, CancellationToken cancellationToken) =>
        rest.CreateInteractionResponseAsync(interaction.Id, interaction.Token, response, cancellationToken);

    private async Task<bool> CompletesWithinAsync(Task work, TimeSpan budget, CancellationToken cancellationToken)
    {
        if (work.IsCompleted || budget <= TimeSpan.Zero)
            return work.IsCompleted;
        using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var first = await Task.WhenAny(work, Task.Delay(budget, time, timer.Token)).ConfigureAwait(false);
        await timer.CancelAsync().ConfigureAwait(false);
        return first == work;
    }
}
