using System.Text.Json.Nodes;
using GeneBot.Discord.Gateway;
using GeneBot.Discord.Testing;
using GeneBot.Discord.Testing.Gateway;
using GeneBot.Discord.Tests.Support;
using Microsoft.Extensions.Logging;

namespace GeneBot.Discord.Tests.Gateway;

public sealed class DispatchTests
{
    [Fact]
    public async Task Messages_and_interactions_reach_handlers_with_typed_helpers()
    {
        // Arrange
        var handler = new RecordingHandler();
        await using var sut = await GatewayHarness.StartAsync(handlers: [handler]);
        await sut.WaitForStateAsync(GatewayState.Ready);

        // Act
        await sut.Server.DispatchAsync("MESSAGE_CREATE", Some.MessageCreate($"<@{FakeDiscordServer.BotUserId}> what is AAV?", mentionBot: true));
        await sut.Server.DispatchAsync("INTERACTION_CREATE", Some.SlashCommand("ask", "what is AAV?"));
        var message = (await handler.WaitForAsync("MESSAGE_CREATE")).AsMessageCreate()!;
        var interaction = await handler.WaitForAsync("INTERACTION_CREATE");

        // Assert
        Assert.Equal(FakeDiscordServer.BotUserId, Assert.Single(message.Mentions).Id.Value);
        Assert.Equal(sut.Client.CurrentUser!.Id, message.Mentions[0].Id);
        var command = interaction.AsInteractionCreate()!;
        Assert.Equal("ask", command.CommandData!.Name);
        Assert.Equal("what is AAV?", command.CommandData.Options[0].StringValue);
        Assert.Equal(2147483647UL, command.Member!.PermissionBits);
        Assert.Equal("alice", command.Invoker!.Username);
        Assert.Null(interaction.AsMessageCreate());
    }

    [Fact]
    public async Task A_fragmented_one_megabyte_frame_is_parsed()
    {
        // Arrange
        var handler = new RecordingHandler();
        await using var sut = await GatewayHarness.StartAsync(handlers: [handler]);
        await sut.WaitForStateAsync(GatewayState.Ready);
        var big = new string('g', 1024 * 1024);

        // Act
        await sut.Server.DispatchAsync("GUILD_CREATE", new JsonObject { ["id"] = "1", ["description"] = big }, fragmentSize: 8 * 1024);
        var guild = await handler.WaitForAsync("GUILD_CREATE");

        // Assert
        Assert.Equal(big.Length, guild.Data.GetProperty("description").GetString()!.Length);
        Assert.Single(sut.Server.Connections.Snapshot());
    }

    [Fact]
    public async Task Malformed_payloads_and_unknown_events_are_skipped_without_killing_the_loop()
    {
        // Arrange
        var handler = new RecordingHandler();
        await using var sut = await GatewayHarness.StartAsync(handlers: [handler]);
        await sut.WaitForStateAsync(GatewayState.Ready);

        // Act
        await sut.Server.SendRawAsync("{this is not json");
        await sut.Server.SendRawAsync("""{"op":"zero"}""");
        await sut.Server.SendRawAsync("""{"op":99,"d":{"x":1}}""");
        await sut.Server.SendRawAsync("""{"op":10,"d":{"heartbeat_interval":"soon"}}""");
        await sut.Server.DispatchAsync("SOMETHING_NEW", new JsonObject { ["unknown"] = true });
        await sut.Server.DispatchAsync("MESSAGE_CREATE", new JsonObject { ["id"] = "not-a-snowflake" });
        await sut.Server.DispatchAsync("MESSAGE_CREATE", Some.MessageCreate("still alive"));
        // Handlers run concurrently, so the two MESSAGE_CREATEs may be handled in either order.
        var messages = await handler.Seen.WaitForCountAsync(d => d.Name == "MESSAGE_CREATE", 2, Timeouts.Wait);

        // Assert
        Assert.Contains(messages, d => d.Data.TryGetProperty("content", out var content) && content.GetString() == "still alive");
        Assert.Equal("still alive", messages.Single(d => d.Data.TryGetProperty("content", out _)).AsMessageCreate()!.Content);
        Assert.Contains(handler.Seen.Snapshot(), d => d.Name == "SOMETHING_NEW");
        Assert.Single(sut.Server.Connections.Snapshot());
        Assert.Equal(GatewayState.Ready, sut.Client.State);
    }

    [Fact]
    public async Task A_throwing_handler_is_logged_and_later_events_still_arrive()
    {
        // Arrange
        var calls = 0;
        var handler = new RecordingHandler(_ => Interlocked.Increment(ref calls) == 2 ? throw new InvalidOperationException("boom") : ValueTask.CompletedTask);
        await using var sut = await GatewayHarness.StartAsync(handlers: [handler], configure: o => o.HandlerConcurrency = 1);
        await sut.WaitForStateAsync(GatewayState.Ready);

        // Act
        await sut.Server.DispatchAsync("MESSAGE_CREATE", Some.MessageCreate("first"));
        await sut.Server.DispatchAsync("MESSAGE_CREATE", Some.MessageCreate("second"));
        var seen = await handler.Seen.WaitForCountAsync(d => d.Name == "MESSAGE_CREATE", 2, Timeouts.Wait);

        // Assert
        Assert.Equal("second", seen[1].AsMessageCreate()!.Content);
        Assert.Single(sut.Server.Connections.Snapshot());
    }

    [Fact]
    public async Task An_event_with_wrongly_typed_fields_is_logged_as_a_malformed_event_warning_with_no_values()
    {
        // Arrange
        var capture = new CapturingLoggerProvider();
        using var loggers = LoggerFactory.Create(b => b.AddProvider(capture).SetMinimumLevel(LogLevel.Trace));
        var handler = new RecordingHandler(d =>
        {
            _ = d.AsMessageCreate();
            return ValueTask.CompletedTask;
        });
        await using var sut = await GatewayHarness.StartAsync(handlers: [handler], configure: o => o.HandlerConcurrency = 1, loggers: loggers);
        await sut.WaitForStateAsync(GatewayState.Ready);

        // Act
        await sut.Server.DispatchAsync("MESSAGE_CREATE", new JsonObject { ["id"] = "1", ["channel_id"] = "2", ["author"] = "kumquat-secret" });
        await sut.Server.DispatchAsync("MESSAGE_CREATE", Some.MessageCreate("still alive"));
        await handler.Seen.WaitForCountAsync(d => d.Name == "MESSAGE_CREATE", 2, Timeouts.Wait);
        await Timeouts.UntilAsync(() => capture.Lines.Any(l => l.Contains("malformed Discord MESSAGE_CREATE", StringComparison.Ordinal)), "the malformed-event warning");

        // Assert
        var line = Assert.Single(capture.Lines, l => l.Contains("malformed Discord MESSAGE_CREATE", StringComparison.Ordinal));
        Assert.StartsWith("Warning", line, StringComparison.Ordinal);
        Assert.Contains("$.author", line, StringComparison.Ordinal);
        Assert.DoesNotContain(capture.Lines, l => l.StartsWith("Error", StringComparison.Ordinal) || l.Contains("kumquat", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_handler_blocked_for_twice_the_heartbeat_interval_does_not_delay_heartbeats()
    {
        // Arrange
        const int interval = 300;
        var handler = new RecordingHandler(d =>
        {
            if (d.Name == "MESSAGE_CREATE")
            {
                Thread.Sleep(interval * 2);
            }

            return ValueTask.CompletedTask;
        });
        await using var sut = await GatewayHarness.StartAsync(s => s.HeartbeatIntervalMs = interval, handlers: [handler], configure: o => o.HandlerConcurrency = 1);
        await sut.WaitForStateAsync(GatewayState.Ready);
        await sut.Server.WaitForFrameAsync(f => f.Op == GatewayFrame.Heartbeat);

        // Act
        var start = sut.Server.Now;
        for (var i = 0; i < 3; i++)
        {
            await sut.Server.DispatchAsync("MESSAGE_CREATE", Some.MessageCreate($"slow {i}"));
        }

        await handler.Seen.WaitForCountAsync(d => d.Name == "MESSAGE_CREATE", 3, Timeouts.Wait);
        await Task.Delay(interval * 4);

        // Assert
        var beats = sut.Server.Frames.Snapshot().Where(f => f.Op == GatewayFrame.Heartbeat && f.At >= start).Select(f => f.At).ToList();
        Assert.True(beats.Count >= 5, $"only {beats.Count} heartbeats");
        var gaps = beats.Zip(beats.Skip(1), (a, b) => b - a).ToList();
        Assert.All(gaps, gap => Assert.True(gap < TimeSpan.FromMilliseconds(interval * 1.8), $"heartbeat gap {gap}"));
        Assert.Single(sut.Server.Connections.Snapshot());
    }
}
