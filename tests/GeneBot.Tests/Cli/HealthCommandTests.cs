using System.Text.Json;
using GeneBot.Tests.Support;

namespace GeneBot.Tests.Cli;

/// <summary><c>genebot health</c> as a container HEALTHCHECK runs it: the built app as a child process, reading the worker's state file.</summary>
public sealed class HealthCommandTests : IDisposable
{
    private readonly TempDirectory work = new();

    public void Dispose() => work.Dispose();

    private Dictionary<string, string> Env() => new() { ["Health__Path"] = work.Combine("health.json") };

    private void WriteState(bool connected, DateTimeOffset updatedAt) =>
        File.WriteAllText(work.Combine("health.json"), JsonSerializer.Serialize(new
        {
            gateway = connected ? "Ready" : "Connecting",
            connected,
            lastReadyOrResumedAt = updatedAt,
            indexOpen = true,
            passages = 700,
            publishIntervalSeconds = 10,
            updatedAt,
        }));

    [Fact]
    public async Task Health_exits_0_when_the_worker_reports_connected_with_its_index_open()
    {
        // Arrange
        WriteState(connected: true, DateTimeOffset.UtcNow);

        // Act
        var result = await Support.Cli.RunAsync(work.Path, Env(), null, "health");

        // Assert
        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("healthy:", result.Stdout);
    }

    [Fact]
    public async Task Health_exits_1_with_the_reason_when_the_worker_is_not_connected()
    {
        // Arrange
        WriteState(connected: false, DateTimeOffset.UtcNow);

        // Act
        var result = await Support.Cli.RunAsync(work.Path, Env(), null, "health");

        // Assert
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("unhealthy: not connected", result.Stderr);
    }

    [Fact]
    public async Task Health_exits_1_when_no_worker_has_reported()
    {
        // Act
        var result = await Support.Cli.RunAsync(work.Path, Env(), null, "health");

        // Assert
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("no health file", result.Stderr);
    }
}
