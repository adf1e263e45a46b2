using GeneBot.Adapters.Discord.Rendering;
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
/// </summary>
public sealed class FeedbackButtonHandler(
    FeedbackFeature feedback,
    IDiscordRestClient rest,
    RecentlyHandled recent,
    IOptions<BotOptions> options,
    WorkerExit exit,
    ILogger<FeedbackButtonHandler> logger) : IGatewayEventHandler
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
            FeedbackButtons.AskModerator => NotifyModeratorsAsync(interaction, cancellationToken),
            _ => Task.CompletedTask,
        }).ConfigureAwait(false);
    }

    private Task AskWhyAsync(Interaction interaction, string user, string answerId, CancellationToken cancellationToken)
    {
        if (feedback.Vote(user, answerId, helpful: false) != FeedbackFeature.Thanks)
            return ReplyAsync(interaction, FeedbackFeature.Expired, cancellationToken);
        var input = Component.TextInput(FeedbackButtons.ReasonInput, "What was wrong? (optional)", style: 2) with
        {
            Required = false,
            MaxLength = FeedbackFeature.MaxReason,
            Placeholder = "Please don't include personal or medical details.",
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

    private async Task NotifyModeratorsAsync(Interaction interaction, CancellationToken cancellationToken)
    {
        if (options.Value.ModeratorChannel is not { } channel || interaction.Message is not { } answer)
        {
            await ReplyAsync(interaction, ModeratorNotice.Unavailable, cancellationToken).ConfigureAwait(false);
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
            await ReplyAsync(interaction, ModeratorNotice.Unavailable, cancellationToken).ConfigureAwait(false);
            return;
        }
        await ReplyAsync(interaction, ModeratorNotice.Sent, cancellationToken).ConfigureAwait(false);
    }

    private Task ReplyAsync(Interaction interaction, Chat.ChatReply reply, CancellationToken cancellationToken) =>
        rest.CreateInteractionResponseAsync(interaction.Id, interaction.Token, DiscordRenderer.Render(reply).ToInteractionResponse(), cancellationToken);
}
