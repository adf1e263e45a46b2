using GeneBot.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace GeneBot.Cli;

/// <summary>No verb: runs the hosted worker on Discord, Teams or both. Configured for neither, it exits at once, naming
/// Discord__Token and Teams__AppId and pointing to the console chat.</summary>
public static class RunCommand
{
    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken = default)
    {
        var configuration = Configuration.GeneBotConfiguration.Load();
        if (!GeneBotHost.IsDiscordConfigured(configuration) && !Adapters.Teams.TeamsAdapterSetup.IsConfigured(configuration))
        {
            Console.Error.WriteLine("No Discord token: set the environment variable Discord__Token to run GeneBot in Discord.");
            Console.Error.WriteLine("No Teams app: set Teams__AppId and Teams__AppPassword to run GeneBot in Microsoft Teams.");
            Console.Error.WriteLine("To try GeneBot without Discord, run: dotnet run --project src/GeneBot -- chat");
            return ExitCodes.Configuration;
        }

        try
        {
            using var host = GeneBotHost.CreateBuilder(args).Build();
            var exit = host.Services.GetRequiredService<WorkerExit>();
            await host.RunAsync(cancellationToken).ConfigureAwait(false);
            return exit.Code;
        }
        catch (Exception ex) when (InvalidSettings(ex) is { Count: > 0 } failures)
        {
            Console.Error.WriteLine("Invalid settings: " + string.Join(" ", failures));
            return ExitCodes.Configuration;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return ExitCodes.Ok;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            // A corpus or index that cannot be read; the message names the path, never a secret.
            Console.Error.WriteLine("GeneBot could not start: " + ex.Message);
            return ExitCodes.Configuration;
        }
    }

    /// <summary>The failures of options validated on start (one exception, or several in an AggregateException).</summary>
    private static List<string> InvalidSettings(Exception ex) => ex switch
    {
        OptionsValidationException invalid => [.. invalid.Failures],
        AggregateException many when many.InnerExceptions.All(e => e is OptionsValidationException) =>
            [.. many.InnerExceptions.SelectMany(e => ((OptionsValidationException)e).Failures)],
        _ => [],
    };
}
