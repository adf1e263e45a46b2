using GeneBot.Adapters.Discord.Rendering;
using GeneBot.Chat;
using GeneBot.Discord.Gateway;
using GeneBot.Discord.Models;
using GeneBot.Discord.Rest;
using GeneBot.Features.Admin;
using GeneBot.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GeneBot.Adapters.Discord.Moderation;

/// <summary>
/// /reindex for admins (member.permissions checked on this very interaction): enqueues a rebuild, defers the reply
/// (ephemeral), edits it with progress every <see cref="CorpusOptions.ProgressInterval"/>, then with the report. A
/// refusal (not an admin, the cooldown) is answered at once.
/// </summary>
public sealed class ReindexInteractionHandler(
    ReindexQueue queue,
    MemberRoles roles,
    IDiscordRestClient rest,
    RecentlyHandled recent,
    IOptions<CorpusOptions> options,
    TimeProvider time,
    WorkerExit exit,
    ILogger<ReindexInteractionHandler> logger) : IGatewayEventHandler
{
    public static readonly ChatReply Failed =
        ChatReply.Plain("The rebuild failed, so GeneBot keeps answering from the current index. The bot's log has the details.", ephemeral: true);

    public async ValueTask HandleAsync(GatewayDispatch dispatch, CancellationToken cancellationToken = default)
    {
        if (dispatch.Name != GatewayDispatch.InteractionCreate
            || dispatch.AsInteractionCreate() is not { Type: Interaction.ApplicationCommandType } interaction
            || interaction.CommandData?.Name != SlashCommands.Reindex.Name
            || !recent.TryClaim(interaction.Id))
            return;
        await InteractionGuard.RunAsync(interaction, exit, logger, () => RunAsync(interaction, cancellationToken)).ConfigureAwait(false);
    }

    private async Task RunAsync(Interaction interaction, CancellationToken cancellationToken)
    {
        if (roles.Of(interaction) < ChatRole.Admin)
        {
            await ReplyAsync(interaction, ChatErrors.AdminsOnly, cancellationToken).ConfigureAwait(false);
            return;
        }
        var ticket = queue.Request();
        if (ticket.Refused)
        {
            await ReplyAsync(interaction, ReindexCommand.Cooldown(ticket), cancellationToken).ConfigureAwait(false);
            return;
        }

        await rest.CreateInteractionResponseAsync(interaction.Id, interaction.Token, InteractionResponse.Defer(ephemeral: true), cancellationToken).ConfigureAwait(false);
        // A rebuild can take minutes: the progress edits run on their own, so this gateway worker is free for other events.
        _ = Task.Run(async () =>
        {
            try
            {
                await InteractionGuard.RunAsync(interaction, exit, logger, () => FollowAsync(interaction, ticket, cancellationToken)).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                Log.FollowUpFailed(logger, ex, interaction.Id.Value);
            }
        }, CancellationToken.None);
    }

    /// <summary>Edits the deferred reply with progress until the rebuild ends, then with its report.</summary>
    private async Task FollowAsync(Interaction interaction, ReindexTicket ticket, CancellationToken cancellationToken)
    {
        var report = ticket.Report!;
        var first = ticket.Coalesced ? "A rebuild is already running; yours will follow it." : "Reindexing: reading the corpus…";
        await EditAsync(interaction, first, cancellationToken).ConfigureAwait(false);
        while (!report.IsCompleted)
        {
            var tick = Task.Delay(options.Value.ProgressInterval, time, cancellationToken);
            if (await Task.WhenAny(report, tick).ConfigureAwait(false) == tick && queue.Status is { Running: true } status)
                await EditAsync(interaction, status.Text, cancellationToken).ConfigureAwait(false);
        }
        var text = report.IsCompletedSuccessfully ? ReindexReportText.Render(report.Result) : Failed.Text;
        await EditAsync(interaction, text, cancellationToken).ConfigureAwait(false);
    }

    private Task ReplyAsync(Interaction interaction, ChatReply reply, CancellationToken cancellationToken) =>
        rest.CreateInteractionResponseAsync(interaction.Id, interaction.Token, DiscordRenderer.Render(reply, ephemeral: true).ToInteractionResponse(), cancellationToken);

    private Task EditAsync(Interaction interaction, string text, CancellationToken cancellationToken) =>
        rest.EditOriginalInteractionResponseAsync(interaction.ApplicationId, interaction.Token, DiscordRenderer.Text(text, ephemeral: true).ToEdit(), cancellationToken);
}
