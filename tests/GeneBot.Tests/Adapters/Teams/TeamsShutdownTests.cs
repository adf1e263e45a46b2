using GeneBot.Tests.Support.Teams;

namespace GeneBot.Tests.Adapters.Teams;

/// <summary>Graceful shutdown with Teams: what was acknowledged with 202 is still answered; nothing new is taken.</summary>
public sealed class TeamsShutdownTests
{
    [Fact]
    public async Task Stopping_takes_no_new_activity_but_answers_the_ones_in_flight_and_queued_before_the_host_exits()
    {
        // Arrange: one answer at a time; the first is held at the connector, the second waits in the inbox.
        await using var sut = await TeamsHarness.StartAsync(new Dictionary<string, string?> { ["Teams:MaxConcurrentAnswers"] = "1" });
        var (inFlight, queued) = (sut.NextId(), sut.NextId());
        var hold = sut.Connector.Hold(inFlight);
        await sut.PostAsync(SomeActivity.Personal(sut, inFlight, "what is crispr?"));
        await sut.Connector.Replies.WaitForAsync(r => r.Path.EndsWith("/" + inFlight, StringComparison.Ordinal), Timeouts.Wait, "the held reply");
        Assert.Equal(202, await sut.PostAsync(SomeActivity.Personal(sut, queued, "what is car-t?")));

        // Act
        var stopping = sut.Host.StopAsync();
        await Timeouts.UntilAsync(() => stopping.IsCompleted || sut.Logs.Lines.Any(l => l.Contains("Stopping Teams", StringComparison.Ordinal)), "the drain to start");
        Assert.False(stopping.IsCompleted, "the host waits for the answers it accepted");
        var late = await sut.PostAsync(SomeActivity.Personal(sut, sut.NextId(), "what is aav?"));
        hold.SetResult();
        await stopping.WaitAsync(Timeouts.Wait);

        // Assert
        Assert.Equal(503, late);
        Assert.Contains(sut.Connector.RepliesTo(queued), r => r.Status == 200);
        Assert.DoesNotContain(sut.Logs.Lines, l => l.Contains("Could not answer Teams activity", StringComparison.Ordinal));
    }
}
