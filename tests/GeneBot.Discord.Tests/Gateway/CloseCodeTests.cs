using GeneBot.Discord.Gateway;
using GeneBot.Discord.Testing.Gateway;
using GeneBot.Discord.Tests.Support;

namespace GeneBot.Discord.Tests.Gateway;

public sealed class CloseCodeTests
{
    [Theory]
    [InlineData(4000)]
    [InlineData(4001)]
    [InlineData(4002)]
    [InlineData(4008)]
    [InlineData(1000)]
    [InlineData(1001)]
    public async Task A_resumable_close_code_resumes_on_the_resume_url(int code)
    {
        // Arrange
        await using var sut = await GatewayHarness.StartAsync();
        await sut.WaitForStateAsync(GatewayState.Ready);
        var seq = await sut.Server.DispatchAsync("TYPING_START", new System.Text.Json.Nodes.JsonObject());

        // Act
        await sut.Server.CloseAsync(code, "test close");
        var resume = await sut.Server.WaitForFrameAsync(f => f.Op == GatewayFrame.Resume);
        await sut.WaitForStateAsync(GatewayState.Resumed);

        // Assert
        var second = await sut.Server.WaitForConnectionAsync(2);
        Assert.True(second.IsResumeEndpoint);
        Assert.Equal("?v=10&encoding=json", second.Query);
        Assert.Equal(sut.Server.SessionId, resume.Data.GetProperty("session_id").GetString());
        Assert.Equal(seq, resume.Data.GetProperty("seq").GetInt32());
        Assert.Equal(1, sut.Server.IdentifyCount);
    }

    [Theory]
    [InlineData(4003)]
    [InlineData(4005)]
    [InlineData(4006)]
    [InlineData(4007)]
    [InlineData(4009)]
    public async Task A_session_ending_close_code_identifies_again_on_the_discovery_url(int code)
    {
        // Arrange
        await using var sut = await GatewayHarness.StartAsync();
        await sut.WaitForStateAsync(GatewayState.Ready);

        // Act
        await sut.Server.CloseAsync(code, "test close");
        await sut.Server.Frames.WaitForCountAsync(f => f.Op == GatewayFrame.Identify, 2, Timeouts.Wait);

        // Assert
        var second = await sut.Server.WaitForConnectionAsync(2);
        Assert.False(second.IsResumeEndpoint);
        Assert.DoesNotContain(sut.Server.Frames.Snapshot(), f => f.Op == GatewayFrame.Resume);
        await sut.WaitForStateAsync(GatewayState.Ready);
    }

    [Theory]
    [InlineData(4004)]
    [InlineData(4010)]
    [InlineData(4011)]
    [InlineData(4012)]
    [InlineData(4013)]
    [InlineData(4014)]
    public async Task A_fatal_close_code_stops_the_client_with_a_distinct_exception(int code)
    {
        // Arrange
        await using var sut = await GatewayHarness.StartAsync();
        await sut.WaitForStateAsync(GatewayState.Ready);

        // Act
        await sut.Server.CloseAsync(code, "fatal for the test");
        var error = await Assert.ThrowsAsync<DiscordGatewayFatalException>(() => sut.Run.WaitAsync(Timeouts.Wait));

        // Assert
        Assert.Equal(code, error.CloseCode);
        Assert.Equal(GatewayState.Faulted, sut.Client.State);
        Assert.Single(sut.Server.Connections.Snapshot());
    }
}
