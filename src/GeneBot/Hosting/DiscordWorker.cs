using GeneBot.Discord.Gateway;
using GeneBot.Discord.Rest;
using Microsoft.Extensions.Hosting;

namespace GeneBot.Hosting;

/// <summary>Keeps GeneBot's shards connected to the Discord gateway until the host stops (SIGTERM: each closes with 1000
/// and lets the events in flight finish within Shutdown:Timeout), or until Discord refuses the bot for good.</summary>
public sealed class DiscordWorker(ShardedGateway gateway, WorkerExit exit) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await gateway.RunAsync(stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (DiscordGatewayFatalException ex)
        {
            exit.GatewayClosed(ex);
        }
        catch (DiscordUnauthorizedException)
        {
            exit.TokenRejected();
        }
        catch (Exception ex)
        {
            exit.Failed(ex);
        }
    }
}
