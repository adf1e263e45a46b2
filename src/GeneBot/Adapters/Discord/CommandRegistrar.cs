using System.Text.Json;
using GeneBot.Discord.Gateway;
using GeneBot.Discord.Models;
using GeneBot.Discord.Rest;
using GeneBot.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GeneBot.Adapters.Discord;

/// <summary>
/// On the first READY, makes Discord's slash commands match <see cref="SlashCommands"/>: per guild when
/// <see cref="DiscordBotOptions.GuildIds"/> is set, else globally; compared with what Discord has (GET) and replaced
/// with one bulk overwrite only when the definition changed, so restarts cost nothing of the daily command budget.
/// </summary>
public sealed class CommandRegistrar(
    IDiscordRestClient rest,
    IOptions<DiscordBotOptions> options,
    WorkerExit exit,
    ILogger<CommandRegistrar> logger) : IGatewayEventHandler
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly TaskCompletionSource<bool> completed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile bool registered;

    /// <summary>Completes after the first attempt: true when every scope matches the definitions.</summary>
    public Task<bool> Completed => completed.Task;

    public async ValueTask HandleAsync(GatewayDispatch dispatch, CancellationToken cancellationToken = default)
    {
        if (dispatch.Name != ReadyHandler.Ready || registered)
            return;
        if (dispatch.Data.Deserialize(DiscordJsonContext.Default.ReadyEvent)?.Application?.Id is not { } applicationId)
        {
            Log.NoApplicationId(logger);
            completed.TrySetResult(false);
            return;
        }

        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!registered)
            {
                registered = await RegisterAsync(applicationId, cancellationToken).ConfigureAwait(false);
                completed.TrySetResult(registered);
            }
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Brings every scope in line; false when one failed (it is tried again on the next READY).</summary>
    public async Task<bool> RegisterAsync(Snowflake applicationId, CancellationToken cancellationToken = default)
    {
        var definitions = SlashCommands.All.Select(c => c.Definition).ToArray();
        var wanted = CommandSignature.Of(definitions);
        var guilds = options.Value.Guilds;
        Snowflake?[] scopes = guilds.Count == 0 ? [null] : [.. guilds.Select(g => (Snowflake?)g)];
        var ok = true;
        foreach (var guild in scopes)
        {
            var scope = guild is { } id ? $"guild {id}" : "global";
            try
            {
                var current = await rest.GetCommandsAsync(applicationId, guild, cancellationToken).ConfigureAwait(false);
                if (CommandSignature.Of(current) == wanted)
                {
                    Log.CommandsUnchanged(logger, scope);
                    continue;
                }
                await rest.BulkOverwriteCommandsAsync(applicationId, guild, definitions, cancellationToken).ConfigureAwait(false);
                Log.CommandsRegistered(logger, definitions.Length, scope);
            }
            catch (DiscordUnauthorizedException)
            {
                exit.TokenRejected();
                return false;
            }
            catch (DiscordApiException ex)
            {
                Log.CommandRegistrationFailed(logger, scope, (int)ex.Status, ex.Code);
                ok = false;
            }
        }
        return ok;
    }
}
