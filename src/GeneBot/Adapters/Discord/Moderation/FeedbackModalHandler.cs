using GeneBot.Adapters.Discord.Rendering;
using GeneBot.Discord.Gateway;
using GeneBot.Discord.Models;
using GeneBot.Discord.Rest;
using GeneBot.Features.Feedback;
using GeneBot.Hosting;
using Microsoft.Extensions.Logging;

namespace GeneBot.Adapters.Discord.Moderation;

/// <summary>MODAL_SUBMIT (type 5) of the 👎 modal: stores the optional reason (at most 200 characters) with the vote and thanks the member, ephemerally.</summary>
public sealed class FeedbackModalHandler(
    FeedbackFeature feedback,
    IDiscordRestClient rest,
    RecentlyHandled recent,
    WorkerExit exit,
    ILogger<FeedbackModalHandler> logger) : IGatewayEventHandler
{
    public async ValueTask HandleAsync(GatewayDispatch dispatch, CancellationToken cancellationToken = default)
    {
        if (dispatch.Name != GatewayDispatch.InteractionCreate
            || dispatch.AsInteractionCreate() is not { Type: Interaction.ModalSubmitType } interaction
            || interaction.ModalData is not { } modal
            || FeedbackButtons.Parse(modal.CustomId) is not { Action: FeedbackButtons.Why } why
            || !recent.TryClaim(interaction.Id))
            return;
        var user = interaction.Invoker?.Id.ToString() ?? "unknown";
        var reply = feedback.Vote(user, why.AnswerId, helpful: false, modal.ValueOf(FeedbackButtons.ReasonInput));
        await InteractionGuard.RunAsync(interaction, exit, logger, () =>
            rest.CreateInteractionResponseAsync(interaction.Id, interaction.Token, DiscordRenderer.Render(reply).ToInteractionResponse(), cancellationToken)).ConfigureAwait(false);
    }
}
