using GeneBot.Discord.Models;
using GeneBot.Discord.Rest;
using GeneBot.Hosting;
using Microsoft.Extensions.Logging;

namespace GeneBot.Adapters.Discord.Moderation;

/// <summary>Runs an interaction's reply and maps Discord's refusals to one log line each: a rejected acknowledgement is never retried, a 401 stops the bot.</summary>
public static class InteractionGuard
{
    public static async Task RunAsync(Interaction interaction, WorkerExit exit, ILogger logger, Func<Task> reply)
    {
        try
        {
            await reply().ConfigureAwait(false);
        }
        catch (InteractionAcknowledgementException ex)
        {
            Log.AcknowledgementRejected(logger, interaction.Id.Value, ex.IsExpired ? "expired" : "already acknowledged", TimeSpan.Zero);
        }
        catch (DiscordUnauthorizedException)
        {
            exit.TokenRejected();
        }
        catch (DiscordApiException ex)
        {
            Log.InteractionFailed(logger, interaction.Id.Value, (int)ex.Status, ex.Code);
        }
    }
}
