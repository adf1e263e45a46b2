using GeneBot.Discord.Gateway;
using GeneBot.Discord.Testing.Gateway;
using GeneBot.Discord.Tests.Support;

namespace GeneBot.Discord.Tests.Gateway;

public sealed class GatewayLifecycleTests
{
    [Fact]
    public async Task Connecting_identifies_with_the_default_intents_and_becomes_ready()
    {
        // Arrange
        await using var sut = await GatewayHarness.StartAsync();

        // Act
        var identify = await sut.Server.WaitForFrameAsync(f => f.Op == GatewayFrame.Identify);
        await sut.WaitForStateAsync(GatewayState.Ready);

        // Assert
        Assert.Equal(sut.Server.Token, identify.Data.GetProperty("token").GetString());
        Assert.Equal(4609, identify.Data.GetProperty("intents").GetInt32());
        Assert.Equal("[0,1]", identify.Data.GetProperty("shard").GetRawText().Replace(" ", ""));
        Assert.Equal("?v=10&encoding=json", sut.Server.Connections.Snapshot()[0].Query);
        Assert.Equal(Testing.FakeDiscordServer.BotUserId, sut.Client.CurrentUser!.Id.Value);
        Assert.Equal(Testing.FakeDiscordServer.ApplicationId, sut.Client.ApplicationId!.Value.Value);
        Assert.NotNull(sut.Client.LastReadyOrResumedAt);
    }

    [Fact]
    public async Task The_message_content_intent_is_requested_only_when_enabled()
    {
        // Arrange
        await using var sut = await GatewayHarness.StartAsync(configure: o => o.MessageContent = true);

        // Act
        var identify = await sut.Server.WaitForFrameAsync(f => f.Op == GatewayFrame.Identify);

        // Assert
        Assert.Equal(37377, identify.Data.GetProperty("intents").GetInt32());
    }

    [Fact]
    public async Task Heartbeats_carry_the_last_sequence_number()
    {
        // Arrange
        await using var sut = await GatewayHarness.StartAsync();
        await sut.WaitForStateAsync(GatewayState.Ready);

        // Act
        var seq = await sut.Server.DispatchAsync("TYPING_START", new System.Text.Json.Nodes.JsonObject());
        var beat = await sut.Server.WaitForFrameAsync(f => f.Op == GatewayFrame.Heartbeat && f.Data.ValueKind == System.Text.Json.JsonValueKind.Number && f.Data.GetInt32() == seq);

        // Assert
        Assert.Equal(seq, beat.Data.GetInt32());
    }

    [Fact]
    public async Task A_server_heartbeat_request_is_answered_immediately()
    {
        // Arrange
        await using var sut = await GatewayHarness.StartAsync(s => s.HeartbeatIntervalMs = 60_000);
        await sut.WaitForStateAsync(GatewayState.Ready);
        var before = sut.Server.Frames.Snapshot().Count(f => f.Op == GatewayFrame.Heartbeat);
        var sentAt = sut.Server.Now;

        // Act
        await sut.Server.SendOpAsync(1);
        var beat = await sut.Server.Frames.WaitForCountAsync(f => f.Op == GatewayFrame.Heartbeat, before + 1, Timeouts.Wait);

        // Assert
        Assert.True(beat[^1].At - sentAt < TimeSpan.FromSeconds(1), $"answered after {beat[^1].At - sentAt}");
    }

    [Fact]
    public async Task Cancelling_closes_the_socket_with_1000()
    {
        // Arrange
        var sut = await GatewayHarness.StartAsync();
        await sut.WaitForStateAsync(GatewayState.Ready);
        var connection = sut.Server.Connections.Snapshot()[0];

        // Act
        await sut.DisposeAsync();

        // Assert
        Assert.Equal(1000, await connection.Closed.WaitAsync(Timeouts.Wait));
        Assert.Equal(GatewayState.Stopped, sut.Client.State);
        await sut.Run;
    }
}
