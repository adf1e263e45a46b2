using System.Text.Json;
using GeneBot.Health;
using GeneBot.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GeneBot.Tests.Health;

/// <summary>The worker publishes its health while connected to a FakeDiscord over loopback.</summary>
public sealed class HealthPublisherTests
{
    [Fact]
    public async Task A_connected_worker_publishes_a_healthy_state_with_its_index_open()
    {
        // Arrange
        await using var harness = await GeneBotHarness.StartAsync();
        var path = harness.Host.Services.GetRequiredService<IConfiguration>()["Health:Path"]!;

        // Act: the publisher writes at start and then every second; wait (bounded) for a connected report.
        HealthSnapshot? snapshot = null;
        using var timeout = new CancellationTokenSource(Timeouts.Wait);
        while (snapshot is not { Connected: true })
        {
            if (File.Exists(path))
            {
                try
                {
                    snapshot = JsonSerializer.Deserialize<HealthSnapshot>(File.ReadAllText(path));
                }
                catch (IOException)
                {
                }
            }
            await Task.Delay(50, timeout.Token);
        }

        // Assert
        Assert.True(snapshot.IndexOpen);
        Assert.True(snapshot.Passages > 0);
        Assert.Null(snapshot.Problem(DateTimeOffset.UtcNow));
    }
}
