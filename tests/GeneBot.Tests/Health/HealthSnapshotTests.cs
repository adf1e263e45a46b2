using GeneBot.Health;

namespace GeneBot.Tests.Health;

public sealed class HealthSnapshotTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 12, 0, 0, TimeSpan.Zero);

    private static HealthSnapshot Some(bool connected = true, bool indexOpen = true, double ageSeconds = 5) =>
        new(connected ? "Ready" : "Reconnecting", connected, Now.AddMinutes(-3), indexOpen, 700, 10, Now.AddSeconds(-ageSeconds));

    [Fact]
    public void A_connected_worker_with_an_open_index_and_a_fresh_report_is_healthy()
    {
        // Assert
        Assert.Null(Some().Problem(Now));
    }

    [Fact]
    public void A_worker_that_is_not_connected_is_unhealthy_and_says_its_gateway_state()
    {
        // Assert
        Assert.Contains("Reconnecting", Some(connected: false).Problem(Now));
    }

    [Fact]
    public void A_closed_index_is_unhealthy()
    {
        // Assert
        Assert.Contains("index", Some(indexOpen: false).Problem(Now));
    }

    [Fact]
    public void A_report_older_than_three_publish_intervals_means_the_worker_is_gone()
    {
        // Assert
        Assert.Contains("not reported", Some(ageSeconds: 31).Problem(Now));
        Assert.Null(Some(ageSeconds: 29).Problem(Now));
    }
}
