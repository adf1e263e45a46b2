using System.Diagnostics;
using GeneBot.Discord.Models;
using GeneBot.Discord.Rest;
using GeneBot.Discord.Testing;
using GeneBot.Discord.Testing.Rest;
using GeneBot.Discord.Tests.Support;
using Microsoft.Extensions.Logging;

namespace GeneBot.Discord.Tests.Rest;

public sealed class RateLimitTests
{
    [Fact]
    public async Task A_bucket_429_is_retried_after_retry_after()
    {
        // Arrange
        await using var server = await FakeDiscordServer.StartAsync();
        server.EnqueueFault("/messages", RestFault.RateLimited(0.4));
        var (sut, state) = RestHarness.Create(server);

        // Act
        await sut.CreateMessageAsync(RestHarness.Channel, new() { Content = "after the wait" });

        // Assert
        var requests = server.Requests.Snapshot();
        Assert.Equal([429, 200], requests.Select(r => r.Status));
        Assert.True(requests[1].At - requests[0].At >= TimeSpan.FromMilliseconds(350), $"retried after {requests[1].At - requests[0].At}");
        Assert.Single(server.Messages.Snapshot());
        Assert.Equal(1, state.InvalidRequests.Count);
    }

    [Fact]
    public async Task A_global_429_pauses_every_request()
    {
        // Arrange
        await using var server = await FakeDiscordServer.StartAsync();
        server.EnqueueFault("/channels/1/", RestFault.RateLimited(0.6, global: true));
        var (sut, state) = RestHarness.Create(server);

        // Act
        var first = sut.CreateMessageAsync(new Snowflake(1), new() { Content = "one" });
        var limited = await server.WaitForRequestAsync(r => r.Status == 429);
        await Timeouts.UntilAsync(() => state.InvalidRequests.Count == 1, "the client to see the 429");
        await sut.CreateMessageAsync(new Snowflake(2), new() { Content = "two" });
        await first;

        // Assert
        var other = server.Requests.Snapshot().Single(r => r.Path.Contains("/channels/2/"));
        Assert.True(other.At - limited.At >= TimeSpan.FromMilliseconds(500), $"other channel sent after {other.At - limited.At}");
        Assert.Equal(2, server.Messages.Snapshot().Count);
    }

    [Fact]
    public async Task A_429_storm_delivers_every_message_exactly_once()
    {
        // Arrange
        await using var server = await FakeDiscordServer.StartAsync();
        server.BucketLimit = 2;
        server.BucketWindow = TimeSpan.FromMilliseconds(300);
        server.EnqueueFault("/messages", RestFault.RateLimited(0.1), times: 2);
        server.EnqueueFault("/messages", RestFault.RateLimited(0.1, global: true));
        server.EnqueueFault("/messages", RestFault.ServerError(503, processFirst: true));
        var (sut, _) = RestHarness.Create(server);
        var stopwatch = Stopwatch.StartNew();

        // Act
        var sends = Enumerable.Range(0, 8).Select(i => sut.CreateMessageAsync(RestHarness.Channel, new() { Content = $"m{i}" }));
        await Task.WhenAll(sends).WaitAsync(Timeouts.Wait);

        // Assert
        Assert.Equal(8, server.Messages.Snapshot().Select(m => m.Content).Distinct().Count());
        Assert.Equal(8, server.Messages.Snapshot().Count);
        Assert.Equal(0, server.BucketViolations);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(8));
    }

    [Fact]
    public async Task Bucket_headers_are_obeyed_so_the_server_never_has_to_limit()
    {
        // Arrange
        await using var server = await FakeDiscordServer.StartAsync();
        server.BucketLimit = 2;
        server.BucketWindow = TimeSpan.FromMilliseconds(400);
        var (sut, _) = RestHarness.Create(server);

        // Act
        await Task.WhenAll(Enumerable.Range(0, 6).Select(i => sut.CreateMessageAsync(RestHarness.Channel, new() { Content = $"b{i}" })));

        // Assert
        Assert.Equal(0, server.BucketViolations);
        Assert.All(server.Requests.Snapshot(), r => Assert.Equal(200, r.Status));
        Assert.Equal(6, server.Messages.Snapshot().Count);
    }

    [Fact]
    public async Task Invalid_requests_are_counted_and_warned_about_early()
    {
        // Arrange
        await using var server = await FakeDiscordServer.StartAsync();
        server.EnqueueFault("/messages", RestFault.RateLimited(0.01), times: 4);
        var capture = new CapturingLoggerProvider();
        using var loggers = LoggerFactory.Create(b => b.AddProvider(capture));
        var (sut, state) = RestHarness.Create(server, o => o.InvalidRequestWarningThreshold = 2, loggers);

        // Act
        await sut.CreateMessageAsync(RestHarness.Channel, new() { Content = "counted" });

        // Assert
        Assert.Equal(4, state.InvalidRequests.Count);
        Assert.Equal(2, capture.Lines.Count(l => l.Contains("invalid (401/403/429)", StringComparison.Ordinal)));
    }
}
