using GeneBot.Tests.Support;
using GeneBot.Tests.Support.Teams;

namespace GeneBot.Tests.Adapters.Teams;

/// <summary>The connector's 429 and 5xx, end to end: retried within the limit (Teams:MaxRetries is 2 here), then given up and logged.</summary>
public sealed class TeamsRetryTests(TeamsHarnessFixture fixture) : IClassFixture<TeamsHarnessFixture>
{
    private TeamsHarness Sut => fixture.Harness;

    [Fact]
    public async Task A_429_is_retried_after_its_Retry_After_and_then_delivered()
    {
        // Arrange
        var id = Sut.NextId();
        Sut.Connector.Fail(id, 429, retryAfter: "1");

        // Act
        await Sut.PostAsync(SomeActivity.Personal(Sut, id, "what is CAR-T cell therapy?"));
        var delivered = await Sut.Connector.WaitForReplyAsync(id);

        // Assert
        var attempts = Sut.Connector.RepliesTo(id);
        Assert.Equal([429, 200], attempts.Select(a => a.Status));
        Assert.True(delivered.At - attempts[0].At >= TimeSpan.FromSeconds(0.9), $"retried after {delivered.At - attempts[0].At}");
    }

    [Fact]
    public async Task Server_errors_are_retried_within_the_limit_and_then_delivered()
    {
        // Arrange
        var id = Sut.NextId();
        Sut.Connector.Fail(id, 503, times: 2);

        // Act
        await Sut.PostAsync(SomeActivity.Personal(Sut, id, "what is CAR-T cell therapy?"));
        await Sut.Connector.WaitForReplyAsync(id);

        // Assert
        Assert.Equal([503, 503, 200], Sut.Connector.RepliesTo(id).Select(a => a.Status));
    }

    [Fact]
    public async Task A_reply_that_keeps_failing_is_given_up_after_the_limit_and_logged()
    {
        // Arrange
        var id = Sut.NextId();
        Sut.Connector.Fail(id, 500, times: 10);

        // Act
        await Sut.PostAsync(SomeActivity.Personal(Sut, id, "what is CAR-T cell therapy?"));
        await Timeouts.UntilAsync(() => Sut.Logs.Lines.Any(l => l.Contains($"Could not answer Teams activity {id}", StringComparison.Ordinal)), "the failure to be logged");
        await Sut.ControlAsync();

        // Assert
        Assert.Equal([500, 500, 500], Sut.Connector.RepliesTo(id).Select(a => a.Status));
    }

    [Fact]
    public async Task One_bot_token_serves_many_replies()
    {
        // Act
        var first = await Sut.ControlAsync();
        var fetched = Sut.Connector.TokenRequests.Snapshot().Count;
        var second = await Sut.ControlAsync();

        // Assert
        Assert.Equal(first.Authorization, second.Authorization);
        Assert.Equal(fetched, Sut.Connector.TokenRequests.Snapshot().Count);
    }

    [Fact]
    public async Task A_401_from_the_connector_fetches_a_new_bot_token_and_tries_once_more()
    {
        // Arrange
        var id = Sut.NextId();
        Sut.Connector.Fail(id, 401);

        // Act
        await Sut.PostAsync(SomeActivity.Personal(Sut, id, "what is CAR-T cell therapy?"));
        var delivered = await Sut.Connector.WaitForReplyAsync(id);

        // Assert
        var attempts = Sut.Connector.RepliesTo(id);
        Assert.Equal([401, 200], attempts.Select(a => a.Status));
        Assert.NotEqual(attempts[0].Authorization, delivered.Authorization);
    }
}
