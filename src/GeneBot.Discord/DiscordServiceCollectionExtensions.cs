using GeneBot.Discord.Gateway;
using GeneBot.Discord.Rest;
using GeneBot.Discord.Telemetry;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace GeneBot.Discord;

/// <summary>Registers the Discord client: validated options, the typed REST client and the gateway client.</summary>
public static class DiscordServiceCollectionExtensions
{
    /// <summary>Binds <see cref="DiscordOptions"/> from <paramref name="section"/> (usually configuration["Discord"]).</summary>
    /// <remarks>ShardCount may be "auto" (any case): then <see cref="DiscordOptions.AutoShardCount"/> is set and the
    /// process runs the shard count Discord recommends.</remarks>
    public static IServiceCollection AddDiscordClient(this IServiceCollection services, IConfiguration section) =>
        services.AddDiscordClient(options => Bind(section, options));

    private static void Bind(IConfiguration section, DiscordOptions options)
    {
        if (!string.Equals(section[nameof(DiscordOptions.ShardCount)]?.Trim(), "auto", StringComparison.OrdinalIgnoreCase))
        {
            section.Bind(options);
            return;
        }

        var withoutCount = section.AsEnumerable(makePathsRelative: true)
            .Where(kv => kv.Value is not null && !string.Equals(kv.Key, nameof(DiscordOptions.ShardCount), StringComparison.OrdinalIgnoreCase));
        new ConfigurationBuilder().AddInMemoryCollection(withoutCount).Build().Bind(options);
        options.AutoShardCount = true;
    }

    public static IServiceCollection AddDiscordClient(this IServiceCollection services, Action<DiscordOptions> configure)
    {
        services.AddOptions<DiscordOptions>()
            .Configure(configure)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<DiscordRestState>();
        services.AddHttpClient<IDiscordRestClient, DiscordRestClient>();
        services.TryAddSingleton<IGatewayConnectionFactory, WebSocketGatewayConnectionFactory>();
        services.TryAddSingleton<IReconnectPolicy>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<DiscordOptions>>().Value;
            return new ExponentialBackoffPolicy(options.ReconnectBaseDelay, options.ReconnectMaxDelay);
        });
        services.AddMetrics();
        services.TryAddSingleton<DiscordMetrics>();
        services.TryAddSingleton<GatewayClient>();
        services.TryAddSingleton<ShardedGateway>();
        return services;
    }
}
