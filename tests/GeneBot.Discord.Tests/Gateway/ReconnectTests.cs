using GeneBot.Discord.Gateway;
using GeneBot.Discord.Testing.Gateway;
using GeneBot.Discord.Tests.Support;

namespace GeneBot.Discord.Tests.Gateway;

public sealed class ReconnectTests
{
    [Fact]
    public async Task Op_7_closes_with_a_non_1000_code_and_resumes_on_a_new_socket()
    {
        // Arrange
        await using var sut = await GatewayHarness.StartAsync();
        await sut.WaitForStateAsync(GatewayState.Ready);
        var first = sut.Server.Connections.Snapshot()[0];

        // Act
        await sut.Server.SendOpAsync(7);
        await sut.Server.WaitForFrameAsync(f => f.Op == GatewayFrame.Resume);

        // Assert
        Assert.Equal(4000, await first.Closed.WaitAsync(Timeouts.Wait));
        Assert.True((await sut.Server.WaitForConnectionAsync(2)).IsResumeEndpoint);
        await sut.WaitForStateAsync(GatewayState.Resumed);
    }

    [Fact]
    public async Task Op_7_before_hello_reconnects_and_identifies()
    {
        // Arrange
        await using var sut = await GatewayHarness.StartAsync(s => s.ReconnectBeforeHelloOnce = true);

        // Act
        var identify = await sut.Server.WaitForFrameAsync(f => f.Op == GatewayFrame.Identify);
        await sut.WaitForStateAsync(GatewayState.Ready);

        // Assert
        Assert.Equal(2, identify.ConnectionId);
        Assert.Equal(1, sut.Server.IdentifyCount);
        Assert.Equal(4000, await sut.Server.Connections.Snapshot()[0].Closed.WaitAsync(Timeouts.Wait));
    }

    [Fact]
    public async Task Op_9_resumable_resumes()
    {
        // Arrange
        await using var sut = await GatewayHarness.StartAsync();
        await sut.WaitForStateAsync(GatewayState.Ready);

        // Act
        await sut.Server.SendOpAsync(9, true);
        await sut.Server.WaitForFrameAsync(f => f.Op == GatewayFrame.Resume);

        // Assert
        await sut.WaitForStateAsync(GatewayState.Resumed);
        Assert.Equal(1, sut.Server.IdentifyCount);
    }

    [Fact]
    public async Task Op_9_not_resumable_after_a_resume_identifies_on_a_new_socket_after_the_wait()
    {
        // Arrange
        await using var sut = await GatewayHarness.StartAsync(configure: o =>
        {
            o.InvalidSessionDelayMin = TimeSpan.FromMilliseconds(300);
            o.InvalidSessionDelayMax = TimeSpan.FromMilliseconds(400);
        });
        await sut.WaitForStateAsync(GatewayState.Ready);
        sut.Server.RejectResumes = true;

        // Act
        await sut.Server.CloseAsync(4000, "resume please");
        var resume = await sut.Server.WaitForFrameAsync(f => f.Op == GatewayFrame.Resume);
        var identify = (await sut.Server.Frames.WaitForCountAsync(f => f.Op == GatewayFrame.Identify, 2, Timeouts.Wait))[1];

        // Assert
        Assert.Equal(2, resume.ConnectionId);
        Assert.Equal(3, identify.ConnectionId);
        Assert.False(sut.Server.Connections.Snapshot()[2].IsResumeEndpoint);
        Assert.True(identify.At - resume.At >= TimeSpan.FromMilliseconds(290), $"identified {identify.At - resume.At} after the resume");
        await sut.WaitForStateAsync(GatewayState.Ready);
    }

    [Fact]
    public async Task A_missed_heartbeat_ack_closes_with_4000_and_resumes()
    {
        // Arrange
        await using var sut = await GatewayHarness.StartAsync(s => s.HeartbeatIntervalMs = 250);
        await sut.WaitForStateAsync(GatewayState.Ready);
        var first = sut.Server.Connections.Snapshot()[0];

        // Act
        sut.Server.AckHeartbeats = false;
        var closeCode = await first.Closed.WaitAsync(Timeouts.Wait);
        sut.Server.AckHeartbeats = true;
        await sut.Server.WaitForFrameAsync(f => f.Op == GatewayFrame.Resume);
        await sut.WaitForStateAsync(GatewayState.Resumed);

        // Assert
        Assert.Equal(4000, closeCode);
        await Task.Delay(800);
        Assert.Equal(2, sut.Server.Connections.Snapshot().Count);
        Assert.Equal(GatewayState.Resumed, sut.Client.State);
    }

    [Fact]
    public async Task A_drop_without_a_close_frame_resumes()
    {
        // Arrange
        await using var sut = await GatewayHarness.StartAsync();
        await sut.WaitForStateAsync(GatewayState.Ready);

        // Act
        sut.Server.Abort();
        await sut.Server.WaitForFrameAsync(f => f.Op == GatewayFrame.Resume);

        // Assert
        await sut.WaitForStateAsync(GatewayState.Resumed);
        Assert.Equal(1, sut.Server.IdentifyCount);
    }

    [Fact]
    public async Task Missed_events_are_replayed_on_resume()
    {
        // Arrange
        var handler = new RecordingHandler();
        await using var sut = await GatewayHarness.StartAsync(handlers: [handler]);
        await sut.WaitForStateAsync(GatewayState.Ready);

        // Act
        sut.Server.Abort();
        await Timeouts.UntilAsync(() => sut.Server.Current is null || sut.Server.Current.Id == 2, "the drop");
        await sut.Server.DispatchAsync("MESSAGE_CREATE", Some.MessageCreate("while away"));
        var replayed = await handler.WaitForAsync("MESSAGE_CREATE");

        // Assert
        Assert.Equal("while away", replayed.AsMessageCreate()!.Content);
        await sut.WaitForStateAsync(GatewayState.Resumed);
    }

    [Fact]
    public async Task The_watchdog_reconnects_when_ready_never_comes()
    {
        // Arrange
        await using var sut = await GatewayHarness.StartAsync(
            s => s.EnqueueIdentifyResponse(FakeIdentifyResponse.NoResponse),
            o => o.ReadyTimeout = TimeSpan.FromMilliseconds(700));

        // Act
        await sut.Server.Frames.WaitForCountAsync(f => f.Op == GatewayFrame.Identify, 2, Timeouts.Wait);

        // Assert
        await sut.WaitForStateAsync(GatewayState.Ready);
        Assert.Equal(2, sut.Server.Connections.Snapshot().Count);
    }

    [Fact]
    public async Task Reconnecting_never_gives_up_while_the_gateway_is_unreachable()
    {
        // Arrange
        await using var sut = await GatewayHarness.StartAsync(s => s.RefuseConnections = 6);

        // Act
        await sut.WaitForStateAsync(GatewayState.Ready);

        // Assert
        Assert.Equal(1, sut.Server.IdentifyCount);
        Assert.True(sut.Server.Requests.Snapshot().Count(r => r.Path.EndsWith("/gateway/bot", StringComparison.Ordinal)) >= 2);
    }
}
