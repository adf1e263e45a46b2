using System.Diagnostics.Metrics;
using GeneBot.Discord.Gateway;
using GeneBot.Discord.Models;
using GeneBot.Discord.Telemetry;
using GeneBot.Discord.Testing;
using GeneBot.Discord.Testing.Gateway;
using GeneBot.Discord.Testing.Rest;
using GeneBot.Discord.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace GeneBot.Discord.Tests.Telemetry;

public sealed class DiscordMetricsTests : IDisposable
{
    private readonly ServiceProvider services = new ServiceCollection().AddMetrics().BuildServiceProvider();
    private readonly DiscordMetrics metrics;
    private readonly MeasurementRecorder recorder;

    public DiscordMetricsTests()
    {
        metrics = new DiscordMetrics(services.GetRequiredService<IMeterFactory>());
        recorder = new MeasurementRecorder(metrics.Meter);
    }

    [Fact]
    public async Task An_op_7_reconnect_is_counted_with_its_reason_and_shard()
    {
        // Arrange
        await using var sut = await GatewayHarness.StartAsync(metrics: metrics);
        await sut.WaitForStateAsync(GatewayState.Ready);

        // Act
        await sut.Server.SendOpAsync(7);
        await sut.Server.WaitForFrameAsync(f => f.Op == GatewayFrame.Resume);

        // Assert
        var reconnect = await recorder.WaitForAsync("discord.gateway.reconnects");
        Assert.Equal(1, reconnect.Value);
        Assert.Equal("reconnect_requested", reconnect.Tag("reason"));
        Assert.Equal("resume", reconnect.Tag("action"));
        Assert.Equal("0", reconnect.Tag("shard"));
        Assert.Equal("{reconnect}", reconnect.Unit);
    }

    [Fact]
    public async Task A_server_close_is_counted_with_its_close_code()
    {
        // Arrange
        await using var sut = await GatewayHarness.StartAsync(metrics: metrics);
        await sut.WaitForStateAsync(GatewayState.Ready);

        // Act
        await sut.Server.CloseAsync(4000, "Unknown error");
        await sut.Server.WaitForConnectionAsync(2);

        // Assert
        var reconnect = await recorder.WaitForAsync("discord.gateway.reconnects");
        Assert.Equal("server_close", reconnect.Tag("reason"));
        Assert.Equal("4000", reconnect.Tag("close_code"));
    }

    [Fact]
    public async Task A_rest_429_is_counted_by_route_and_scope()
    {
        // Arrange
        await using var server = await FakeDiscordServer.StartAsync();
        server.EnqueueFault("/messages", RestFault.RateLimited(0.1));
        var (sut, _) = RestHarness.Create(server, metrics: metrics);

        // Act
        await sut.CreateMessageAsync(new Snowflake(123456789012345678), new() { Content = "after the wait" });

        // Assert
        var limited = Assert.Single(recorder.Of("discord.rest.rate_limited"));
        Assert.Equal("bucket", limited.Tag("scope"));
        Assert.False(string.IsNullOrEmpty(limited.Tag("route")));
    }

    public void Dispose()
    {
        recorder.Dispose();
        services.Dispose();
    }
}
