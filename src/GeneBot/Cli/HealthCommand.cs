using System.CommandLine;
using System.Text.Json;
using GeneBot.Configuration;
using GeneBot.Health;
using Microsoft.Extensions.Configuration;

namespace GeneBot.Cli;

/// <summary>
/// <c>genebot health</c>: exit 0 when the running worker is connected to Discord and its index is open, else 1 with the
/// reason. It reads the state file the worker publishes (<c>Health:Path</c>), so it works as a container HEALTHCHECK.
/// </summary>
public static class HealthCommand
{
    public static Command Create()
    {
        var command = new Command("health", "Exit 0 when the running worker is connected and its index is open, else 1 with the reason");
        command.SetAction(_ => Run(TimeProvider.System));
        return command;
    }

    public static int Run(TimeProvider time)
    {
        var options = new HealthOptions();
        GeneBotConfiguration.Load().GetSection(HealthOptions.SectionName).Bind(options);
        var path = Path.GetFullPath(options.Path);
        if (!File.Exists(path))
            return Unhealthy($"no health file at {path} (the worker has not started, or Health__Path differs)");

        HealthSnapshot? snapshot;
        try
        {
            snapshot = JsonSerializer.Deserialize(File.ReadAllText(path), HealthJsonContext.Default.HealthSnapshot);
        }
        catch (Exception ex) when (ex is JsonException or IOException)
        {
            return Unhealthy($"the health file {path} cannot be read ({ex.Message})");
        }
        if (snapshot is null)
            return Unhealthy($"the health file {path} is empty");
        if (snapshot.Problem(time.GetUtcNow()) is { } problem)
            return Unhealthy(problem);

        Console.WriteLine($"healthy: connected (gateway {snapshot.Gateway}), index open with {snapshot.Passages} passages");
        return 0;
    }

    private static int Unhealthy(string reason)
    {
        Console.Error.WriteLine($"unhealthy: {reason}");
        return 1;
    }
}
