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
    ILogger<InteractionCreateHandler> logger) : IGatewayEventHandler
{
    public async ValueTask HandleAsync(GatewayDispatch dispatch, CancellationToken cancellationToken = default)
    {
        if (dispatch.Name != GatewayDispatch.InteractionCreate
            || dispatch.AsInteractionCreate() is not { Type: Interaction.ApplicationCommandType } interaction)
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
        var request = DiscordChatRequests.FromCommand(interaction, command);
        Log.QuestionReceived(logger, interaction.Id.Value, request.Text);
        var answering = chat.RespondAsync(request, cancellationToken);
        var budget = options.Value.InteractionAnswerBudget - (time.GetUtcNow() - dispatch.ReceivedAt);
        if (await CompletesWithinAsync(answering, budget, cancellationToken).ConfigureAwait(false))
        {
            var reply = await answering.ConfigureAwait(false);
            await AcknowledgeAsync(interaction, DiscordRenderer.Render(reply, command.Ephemeral).ToInteractionResponse(), cancellationToken).ConfigureAwait(false);
            Log.InteractionAnswered(logger, interaction.Id.Value, command.Name, "at once", MessageCreateHandler.Outcome(reply), Stopwatch.GetElapsedTime(started));
            return;
        }

        await AcknowledgeAsync(interaction, InteractionResponse.Defer(command.Ephemeral), cancellationToken).ConfigureAwait(false);
        var late = await answering.ConfigureAwait(false);
        await rest.EditOriginalInteractionResponseAsync(
            interaction.ApplicationId, interaction.Token, DiscordRenderer.Render(late, command.Ephemeral).ToEdit(), cancellationToken).ConfigureAwait(false);
        Log.InteractionAnswered(logger, interaction.Id.Value, command.Name, "deferred", MessageCreateHandler.Outcome(late), Stopwatch.GetElapsedTime(started));
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
