using GeneBot.Discord.Models;
using GeneBot.Discord.Rest;
using GeneBot.Discord.Testing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace GeneBot.Discord.Tests.Support;

public static class RestHarness
{
    /// <summary>The channel the REST tests post to.</summary>
    public static readonly Snowflake Channel = new(123456789012345678);

    public static (DiscordRestClient Client, DiscordRestState State) Create(
        FakeDiscordServer server, Action<DiscordOptions>? configure = null, ILoggerFactory? loggers = null, GeneBot.Discord.Telemetry.DiscordMetrics? metrics = null)
    {
        var options = TestOptions.For(server);
        configure?.Invoke(options);
        var factory = loggers ?? NullLoggerFactory.Instance;
        var state = new DiscordRestState(Options.Create(options), factory.CreateLogger<DiscordRestState>());
        var client = new DiscordRestClient(new HttpClient(), state, Options.Create(options), factory.CreateLogger<DiscordRestClient>(), metrics);
        return (client, state);
    }
}
