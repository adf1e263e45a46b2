using GeneBot.Adapters.Discord.Rendering;
using GeneBot.Discord.Gateway;
using GeneBot.Discord.Models;
using GeneBot.Discord.Rest;
using GeneBot.Features.Faq;
using GeneBot.Hosting;
using Microsoft.Extensions.Logging;

namespace GeneBot.Adapters.Discord.Moderation;

/// <summary>
/// AUTOCOMPLETE (type 4) for /faq keys: at most 25 choices, matched on key and alias prefixes first, then fuzzily,
/// answered at once (callback type 8); the catalog is in memory, so this is well inside the 3 s deadline.
/// </summary>
public sealed class FaqAutocompleteHandler(FaqCatalog catalog, IDiscordRestClient rest, WorkerExit exit, ILogger<FaqAutocompleteHandler> logger) : IGatewayEventHandler
{
    public const int MaxChoices = 25;
    private const int MaxChoiceName = 100;

    public async ValueTask HandleAsync(GatewayDispatch dispatch, CancellationToken cancellationToken = default)
    {
        if (dispatch.Name != GatewayDispatch.InteractionCreate
            || dispatch.AsInteractionCreate() is not { Type: Interaction.AutocompleteType } interaction
            || interaction.CommandData is not { Name: "faq" } data)
            return;
        var focused = (data.Options ?? []).SelectMany(o => o.Options ?? [o]).FirstOrDefault(o => o.Focused == true);
        var typed = focused?.StringValue ?? "";
        var choices = catalog.Suggest(typed, MaxChoices)
            .Select(e => ApplicationCommandChoice.Of(TextFit.Fit($"{e.Key} — {e.Title}", MaxChoiceName), e.Key))
            .ToArray();
        var response = new InteractionResponse(InteractionResponse.AutocompleteResult) { Data = new InteractionResponseData { Choices = choices } };
        await InteractionGuard.RunAsync(interaction, exit, logger,
            () => rest.CreateInteractionResponseAsync(interaction.Id, interaction.Token, response, cancellationToken)).ConfigureAwait(false);
    }
}
