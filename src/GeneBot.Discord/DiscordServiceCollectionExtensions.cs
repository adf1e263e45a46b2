using GeneBot.Discord.Gateway;
using GeneBot.Discord.Rest;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace GeneBot.Discord;

/// <summary>Registers the Discord client: validated options, the typed REST client and the gateway client.</summary>
public static class DiscordServiceCollectionExtensions
{
    /// <summary>Binds <see cref="DiscordOptions"/> from <paramref name="section"/> (usually configuration["Discord"]).</summary>
    public static IServiceCollection AddDiscordClient(this IServiceCollection services, IConfiguration section) =>
        services.AddDiscordClient(options => section.Bind(options));

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
        services.TryAddSingleton<GatewayClient>();
        return services;
    }
}
