using System.Diagnostics;
using GeneBot.Discord.Models;
using GeneBot.Discord.Rest;
using GeneBot.Discord.Testing;
using GeneBot.Discord.Testing.Rest;
using GeneBot.Discord.Tests.Support;
using Microsoft.Extensions.Logging;

namespace GeneBot.Discord.Tests.Rest;

public sealed class RestFailureTests
{
    [Fact]
    public async Task A_401_stops_all_requests_and_later_calls_throw_at_once()
    {
        // Arrange
        await using var server = await FakeDiscordServer.StartAsync();
        var (sut, state) = RestHarness.Create(server, o => o.Token = "wrong-token");

        // Act
        var first = await Assert.ThrowsAsync<DiscordUnauthorizedException>(() => sut.CreateMessageAsync(RestHarness.Channel, new() { Content = "a" }));
        var second = await Assert.ThrowsAsync<DiscordUnauthorizedException>(() => sut.GetGatewayBotAsync());

        // Assert
        Assert.True(state.IsUnauthorized);
        Assert.Single(server.Requests.Snapshot());
        Assert.Equal(1, state.InvalidRequests.Count);
        Assert.DoesNotContain("wrong-token", first.Message + second.Message);
    }

    [Fact]
    public async Task An_expired_interaction_surfaces_10062_and_is_not_retried()
    {
        // Arrange
        await using var server = await FakeDiscordServer.StartAsync();
        server.InteractionDeadline = TimeSpan.Zero;
        server.RegisterInteraction(1001, "tok");
        var (sut, _) = RestHarness.Create(server);

        // Act
        var error = await Assert.ThrowsAsync<InteractionAcknowledgementException>(
            () => sut.CreateInteractionResponseAsync(new Snowflake(1001), "tok", InteractionResponse.Defer()));

        // Assert
        Assert.True(error.IsExpired);
        Assert.Single(server.Requests.Snapshot());
    }

    [Fact]
    public async Task A_second_acknowledgement_surfaces_40060_and_is_not_retried()
    {
        // Arrange
        await using var server = await FakeDiscordServer.StartAsync();
        server.RegisterInteraction(1002, "tok");
        var (sut, _) = RestHarness.Create(server);
        await sut.CreateInteractionResponseAsync(new Snowflake(1002), "tok", InteractionResponse.Defer(ephemeral: true));

        // Act
        var error = await Assert.ThrowsAsync<InteractionAcknowledgementException>(
            () => sut.CreateInteractionResponseAsync(new Snowflake(1002), "tok", InteractionResponse.Defer()));

        // Assert
        Assert.True(error.IsAlreadyAcknowledged);
        Assert.Equal(2, server.Requests.Snapshot().Count);
    }

    [Fact]
    public async Task Server_errors_are_retried_and_the_nonce_keeps_the_message_single()
    {
        // Arrange
        await using var server = await FakeDiscordServer.StartAsync();
        server.EnqueueFault("/messages", RestFault.ServerError(500, processFirst: true));
        server.EnqueueFault("/messages", RestFault.ServerError(502));
        var (sut, _) = RestHarness.Create(server);

        // Act
        var message = await sut.CreateMessageAsync(RestHarness.Channel, new() { Content = "exactly once" });

        // Assert
        Assert.Equal(3, server.Requests.Snapshot().Count);
        var created = Assert.Single(server.Messages.Snapshot());
        Assert.Equal(created.Id, message.Id.Value);
    }

    [Fact]
    public async Task Other_client_errors_surface_as_api_exceptions()
    {
        // Arrange
        await using var server = await FakeDiscordServer.StartAsync();
        var (sut, _) = RestHarness.Create(server);

        // Act
        var error = await Assert.ThrowsAsync<DiscordApiException>(() => sut.CreateMessageAsync(RestHarness.Channel, new() { Content = new string('x', 2001) }));

        // Assert
        Assert.Equal(50035, error.Code);
        Assert.Single(server.Requests.Snapshot());
    }
}
