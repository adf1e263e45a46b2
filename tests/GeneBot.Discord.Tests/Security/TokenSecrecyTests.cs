using GeneBot.Discord.Gateway;
using GeneBot.Discord.Models;
using GeneBot.Discord.Rest;
using GeneBot.Discord.Testing;
using GeneBot.Discord.Testing.Rest;
using GeneBot.Discord.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GeneBot.Discord.Tests.Security;

public sealed class TokenSecrecyTests
{
    private const string SecretToken = "MTIzNDU2Nzg5MDEyMzQ1Njc4.SECRET.token-that-must-never-leak";

    [Fact]
    public async Task The_token_never_appears_in_logs_or_exception_messages()
    {
        // Arrange
        await using var server = await FakeDiscordServer.StartAsync(SecretToken);
        server.HeartbeatIntervalMs = 300;
        var capture = new CapturingLoggerProvider();
        await using var provider = CreateSut(server, capture, SecretToken);
        var rest = provider.GetRequiredService<IDiscordRestClient>();
        var gateway = provider.GetRequiredService<GatewayClient>();
        var errors = new List<Exception>();

        // Act
        server.EnqueueFault("/messages", RestFault.RateLimited(0.05));
        server.EnqueueFault("/messages", RestFault.ServerError());
        await rest.CreateMessageAsync(new Snowflake(1), new MessageCreateRequest { Content = "hi" });
        using (var stop = new CancellationTokenSource())
        {
            var run = gateway.RunAsync(stop.Token);
            await Timeouts.UntilAsync(() => gateway.State == GatewayState.Ready, "ready");
            await server.CloseAsync(4000, "resume");
            await Timeouts.UntilAsync(() => gateway.State == GatewayState.Resumed, "resumed");
            await server.CloseAsync(4004, "Authentication failed.");
            errors.Add(await Assert.ThrowsAsync<DiscordGatewayFatalException>(() => run.WaitAsync(Timeouts.Wait)));
        }

        server.EnqueueFault("/messages", RestFault.Unauthorized());
        errors.Add(await Assert.ThrowsAnyAsync<DiscordApiException>(() => rest.CreateMessageAsync(new Snowflake(1), new() { Content = "x" })));
        errors.Add(await Assert.ThrowsAnyAsync<DiscordApiException>(() => rest.GetGatewayBotAsync()));

        // Assert
        Assert.NotEmpty(capture.Lines);
        Assert.Contains(server.Frames.Snapshot(), f => f.Text.Contains(SecretToken, StringComparison.Ordinal));
        Assert.DoesNotContain(capture.Lines, line => line.Contains(SecretToken, StringComparison.Ordinal));
        Assert.DoesNotContain(capture.Lines, line => line.Contains("SECRET", StringComparison.Ordinal));
        Assert.All(errors, e => Assert.DoesNotContain("SECRET", e.ToString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Invalid_options_fail_fast_when_resolved()
    {
        // Arrange
        await using var server = await FakeDiscordServer.StartAsync();
        await using var provider = CreateSut(server, new CapturingLoggerProvider(), "");

        // Act
        var error = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(() => provider.GetRequiredService<GatewayClient>());

        // Assert
        Assert.Contains("Token", error.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider CreateSut(FakeDiscordServer server, CapturingLoggerProvider capture, string token)
    {
        var services = new ServiceCollection();
        services.AddLogging(builder => builder.AddProvider(capture).SetMinimumLevel(LogLevel.Trace));
        services.AddDiscordClient(options =>
        {
            var defaults = TestOptions.For(server);
            options.Token = token;
            options.ApiBaseUrl = defaults.ApiBaseUrl;
            options.ReconnectBaseDelay = defaults.ReconnectBaseDelay;
            options.ReconnectMaxDelay = defaults.ReconnectMaxDelay;
            options.RestRetryBaseDelay = defaults.RestRetryBaseDelay;
        });
        return services.BuildServiceProvider();
    }
}
