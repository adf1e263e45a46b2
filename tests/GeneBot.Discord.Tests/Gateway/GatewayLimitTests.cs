using GeneBot.Discord.Gateway;
using GeneBot.Discord.Testing.Gateway;
using GeneBot.Discord.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace GeneBot.Discord.Tests.Gateway;

public sealed class GatewayLimitTests
{
    [Fact]
    public async Task Outbound_sends_respect_the_configured_limit()
    {
        // Arrange: the client's own heartbeat timer on a clock that never moves, so only the server's requests send.
        const int limit = 5;
        var window = TimeSpan.FromSeconds(1);
        await using var sut = await GatewayHarness.StartAsync(s => s.HeartbeatIntervalMs = 60_000, o =>
        {
            o.GatewaySendLimit = limit;
            o.GatewaySendWindow = window;
        }, time: new FakeTimeProvider(DateTimeOffset.UtcNow));
        await sut.WaitForStateAsync(GatewayState.Ready);

        // Act
        for (var i = 0; i < 12; i++)
        {
            await sut.Server.SendOpAsync(1);
        }

        await sut.Server.Frames.WaitForCountAsync(f => f.Op == GatewayFrame.Heartbeat, 12, Timeouts.Wait);

        // Assert
        var sends = sut.Server.Frames.Snapshot().Where(f => f.ConnectionId == 1).Select(f => f.At).ToList();
        for (var i = 0; i + limit < sends.Count; i++)
        {
            var span = sends[i + limit] - sends[i];
            Assert.True(span >= window * 0.75, $"{limit + 1} sends within {span}");
        }

        Assert.Single(sut.Server.Connections.Snapshot());
    }

    [Fact]
    public async Task A_heartbeat_still_waiting_for_a_send_permit_is_not_taken_for_a_missed_ack()
    {
        // Arrange: one send an hour, which the identify uses; the heartbeat loop runs on a fake clock.
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var sut = await GatewayHarness.StartAsync(s => s.HeartbeatIntervalMs = 1_000, o =>
        {
            o.GatewaySendLimit = 1;
            o.GatewaySendWindow = TimeSpan.FromHours(1);
        }, time: time);
        await sut.WaitForStateAsync(GatewayState.Ready);

        // Act: the server asks for a heartbeat, which must wait for a permit; meanwhile the loop's timer comes round.
        await sut.Server.SendOpAsync(1);
        await Task.Delay(200);
        for (var i = 0; i < 5; i++)
        {
            time.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(50);
        }

        // Assert: nothing was sent yet, so nothing is overdue: the connection stays, with no resume.
        Assert.Single(sut.Server.Connections.Snapshot());
        Assert.DoesNotContain(sut.Server.Frames.Snapshot(), f => f.Op == GatewayFrame.Resume);
        Assert.Equal(GatewayState.Ready, sut.Client.State);
    }

    [Fact]
    public async Task An_exhausted_session_start_limit_waits_for_the_reset_and_never_identifies_before()
    {
        // Arrange
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var sut = await GatewayHarness.StartAsync(
            s => s.SessionStartLimit["remaining"] = 0,
            time: time);
        await sut.WaitForStateAsync(GatewayState.WaitingForIdentifyBudget);

        // Act
        await Task.Delay(500);
        var connectionsWhileWaiting = sut.Server.Connections.Snapshot().Count;
        sut.Server.SessionStartLimit["remaining"] = 1000;
        await AdvanceUntilAsync(time, TimeSpan.FromMinutes(10), () => sut.Server.IdentifyCount > 0);

        // Assert
        Assert.Equal(0, connectionsWhileWaiting);
        Assert.Equal(1, sut.Server.IdentifyCount);
        Assert.Equal(2, sut.Server.Requests.Snapshot().Count(r => r.Path.EndsWith("/gateway/bot", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task The_rolling_daily_identify_count_is_never_exceeded()
    {
        // Arrange
        await using var sut = await GatewayHarness.StartAsync(configure: o =>
        {
            o.DailyIdentifyLimit = 3;
            o.IdentifyReserve = 0;
        });
        await sut.WaitForStateAsync(GatewayState.Ready);

        // Act
        for (var i = 2; i <= 3; i++)
        {
            await sut.Server.CloseAsync(4009, "session timed out");
            await sut.Server.Frames.WaitForCountAsync(f => f.Op == GatewayFrame.Identify, i, Timeouts.Wait);
            await sut.WaitForStateAsync(GatewayState.Ready);
        }

        await sut.Server.CloseAsync(4009, "session timed out");
        await sut.WaitForStateAsync(GatewayState.WaitingForIdentifyBudget);
        await Task.Delay(500);

        // Assert
        Assert.Equal(3, sut.Server.IdentifyCount);
        Assert.Equal(3, sut.Client.IdentifyBudget.IdentifiesInLastDay);
        Assert.Equal(GatewayState.WaitingForIdentifyBudget, sut.Client.State);
    }

    private static async Task AdvanceUntilAsync(FakeTimeProvider time, TimeSpan step, Func<bool> done)
    {
        using var cts = new CancellationTokenSource(Timeouts.Wait);
        while (!done())
        {
            time.Advance(step);
            await Task.Delay(50, cts.Token);
        }
    }
}
