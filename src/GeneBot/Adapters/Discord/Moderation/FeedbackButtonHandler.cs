using GeneBot.Adapters.Discord.Rendering;
using GeneBot.Chat;
using GeneBot.Discord.Gateway;
using GeneBot.Discord.Models;
using GeneBot.Discord.Rest;
using GeneBot.Features.Feedback;
using GeneBot.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GeneBot.Adapters.Discord.Moderation;

/// <summary>
/// MESSAGE_COMPONENT (type 3) on an answer's buttons: 👍 records the vote; 👎 records it and opens a modal (callback
/// type 9) asking what was wrong; "Ask a moderator" posts a short notice with a jump link in Bot:ModeratorChannelId.
/// "Explain simpler" and "More sources" answer only the member who pressed them, as a new ephemeral message (callback
/// type 4, flags 64): an update of the answer itself (type 7) would change the public answer for everyone reading it.
/// Ready within <see cref="DiscordBotOptions.InteractionAnswerBudget"/> they are sent at once; otherwise the press is
/// deferred (type 5, ephemeral) and the original response edited, so Discord's 3 s deadline always holds.
/// </summary>
public sealed class FeedbackButtonHandler(
    FeedbackFeature feedback,
    IDiscordRestClient rest,
    RecentlyHandled recent,
    IOptions<BotOptions> options,
    WorkerExit exit,
    ILogger<FeedbackButtonHandler> logger,
    ChatRouter router,
    IOptions<DiscordBotOptions> discordOptions,
    TimeProvider time,
    ModeratorRequests requests) : IGatewayEventHandler
{
    public async ValueTask HandleAsync(GatewayDispatch dispatch, CancellationToken cancellationToken = default)
    {
        if (dispatch.Name != GatewayDispatch.InteractionCreate
            || dispatch.AsInteractionCreate() is not { Type: Interaction.MessageComponentType } interaction
            || FeedbackButtons.Parse(interaction.ComponentData?.CustomId) is not { } button
            || !recent.TryClaim(interaction.Id))
            return;
        var user = interaction.Invoker?.Id.ToString() ?? "unknown";
        await InteractionGuard.RunAsync(interaction, exit, logger, () => button.Action switch
        {
            FeedbackButtons.Up => ReplyAsync(interaction, feedback.Vote(user, button.AnswerId, helpful: true), cancellationToken),
            FeedbackButtons.Down => AskWhyAsync(interaction, user, button.AnswerId, cancellationToken),
            FeedbackButtons.AskModerator => NotifyModeratorsAsync(interaction, button.AnswerId, user, cancellationToken),
            FeedbackButtons.Simpler => FollowOnAsync(dispatch, interaction, () => router.Ask.Simpler(button.AnswerId), cancellationToken),
            FeedbackButtons.More => FollowOnAsync(dispatch, interaction, () => router.Ask.More(button.AnswerId), cancellationToken),
            _ => Task.CompletedTask,
        }).ConfigureAwait(false);
    }

    private async Task FollowOnAsync(GatewayDispatch dispatch, Interaction interaction, Func<ChatReply> work, CancellationToken cancellationToken)
    {
        var answering = Task.Run(() =>
        {
            try
            {
                return work();
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                Log.ChatFailed(logger, ex, interaction.ChannelId?.ToString() ?? "unknown");
                return ChatErrors.SomethingWentWrong;
            }
        }, cancellationToken);
        var budget = discordOptions.Value.InteractionAnswerBudget - (time.GetUtcNow() - dispatch.ReceivedAt);
        if (await CompletesWithinAsync(answering, budget, cancellationToken).ConfigureAwait(false))
        {
            await rest.CreateInteractionResponseAsync(interaction.Id, interaction.Token, DiscordRenderer.Render(await answering.ConfigureAwait(false), ephemeral: true).ToInteractionResponse(), cancellationToken).ConfigureAwait(false);
            return;
        }
        await rest.CreateInteractionResponseAsync(interaction.Id, interaction.Token, InteractionResponse.Defer(ephemeral: true), cancellationToken).ConfigureAwait(false);
        var reply = await answering.ConfigureAwait(false);
        await rest.EditOriginalInteractionResponseAsync(interaction.ApplicationId, interaction.Token, DiscordRenderer.Render(reply, ephemeral: true).ToEdit(), cancellationToken).ConfigureAwait(false);
    }

    private async Task<bool> CompletesWithinAsync(Task work, TimeSpan budget, CancellationToken cancellationToken)
    {
        // No budget left: defer, even if the work happens to be done, so the deadline never depends on a race.
        if (budget <= TimeSpan.Zero)
            return false;
        if (work.IsCompleted)
            return true;
        using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var first = await Task.WhenAny(work, Task.Delay(budget, time, timer.Token)).ConfigureAwait(false);
        await timer.CancelAsync().ConfigureAwait(false);
        return first == work;
    }

    private Task AskWhyAsync(Interaction interaction, string user, string answerId, CancellationToken cancellationToken)
    {
        if (feedback.Vote(user, answerId, helpful: false) != FeedbackFeature.Thanks)
            return ReplyAsync(interaction, FeedbackFeature.Expired, cancellationToken);
        var input = Component.TextInput(FeedbackButtons.ReasonInput, FeedbackFeature.ReasonPrompt, style: 2) with
        {
            Required = false,
            MaxLength = FeedbackFeature.MaxReason,
            Placeholder = FeedbackFeature.ReasonPlaceholder,
        };
        var modal = new InteractionResponse(InteractionResponse.Modal)
        {
            Data = new InteractionResponseData
            {
                CustomId = FeedbackButtons.Id(FeedbackButtons.Why, answerId),
                Title = "What was wrong with this answer?",
                Components = [Component.ActionRow(input)],
            },
        };
        return rest.CreateInteractionResponseAsync(interaction.Id, interaction.Token, modal, cancellationToken);
    }

    private async Task NotifyModeratorsAsync(Interaction interaction, string answerId, string user, CancellationToken cancellationToken)
    {
        if (options.Value.ModeratorChannel is not { } channel || interaction.Message is not { } answer)
        {
            await ReplyAsync(interaction, ModeratorNotice.Unavailable, cancellationToken).ConfigureAwait(false);
            return;
        }
        if (requests.Admit(answerId, user) is { } refused)
        {
            await ReplyAsync(interaction, refused, cancellationToken).ConfigureAwait(false);
            return;
        }
        var guild = interaction.GuildId?.ToString() ?? "@me";
        var link = $"https://discord.com/channels/{guild}/{answer.ChannelId}/{answer.Id}";
        try
        {
            await rest.CreateMessageAsync(channel, new MessageCreateRequest { Content = ModeratorNotice.Text(link), AllowedMentions = AllowedMentions.None }, cancellationToken).ConfigureAwait(false);
        }
        catch (DiscordApiException ex) when (ex is not InteractionAcknowledgementException)
        {
            Log.ModeratorNoticeFailed(logger, channel.Value, (int)ex.Status, ex.Code);
            requests.Release(answerId);
            await ReplyAsync(interaction, ModeratorNotice.Unavailable, cancellationToken).ConfigureAwait(false);
            return;
        }
        await ReplyAsync(interaction, ModeratorNotice.Sent, cancellationToken).ConfigureAwait(false);
    }

    private Task ReplyAsync(Interaction interaction, ChatReply reply, CancellationToken cancellationToken) =>
        rest.CreateInteractionResponseAsync(interaction.Id, interaction.Token, DiscordRenderer.Render(reply).ToInteractionResponse(), cancellationToken);
}
