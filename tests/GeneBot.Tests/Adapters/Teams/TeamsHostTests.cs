using GeneBot.Discord.Gateway;
using GeneBot.Health;
using GeneBot.Tests.Support.Teams;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace GeneBot.Tests.Adapters.Teams;

/// <summary>The worker with Teams alone configured: no Discord, and health from the endpoint.</summary>
public sealed class TeamsHostTests(TeamsHarnessFixture fixture) : IClassFixture<TeamsHarnessFixture>
{
    private TeamsHarness Sut => fixture.Harness;

    [Fact]
    public void With_Teams_alone_the_worker_runs_without_Discord()
    {
        // Act & Assert
        Assert.Null(Sut.Host.Services.GetService<ShardedGateway>());
        Assert.DoesNotContain(Sut.Host.Services.GetServices<IHostedService>(), s => s is GeneBot.Hosting.DiscordWorker);
    }

    [Fact]
    public void With_Teams_alone_health_reports_connected_while_the_endpoint_listens()
    {
        // Arrange
        var health = Sut.Host.Services.GetServices<IHostedService>().OfType<HealthPublisher>().Single();

        // Act
        var snapshot = health.Snapshot();

        // Assert
        Assert.True(snapshot.Connected);
        Assert.Equal(HealthPublisher.TeamsState, snapshot.Gateway);
        Assert.Null(snapshot.Problem(snapshot.UpdatedAt));
    }
}
