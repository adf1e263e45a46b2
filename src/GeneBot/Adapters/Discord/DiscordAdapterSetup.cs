using GeneBot.Discord;
using GeneBot.Discord.Gateway;
using GeneBot.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GeneBot.Adapters.Discord;

/// <summary>Registers GeneBot on Discord: the client, GeneBot's validated Discord settings, one handler per event and the worker.</summary>
public static class DiscordAdapterSetup
{
    public static IServiceCollection AddDiscordAdapter(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddDiscordClient(configuration.GetSection(DiscordBotOptions.SectionName));
        services.AddOptions<DiscordBotOptions>()
            .BindConfiguration(DiscordBotOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.AddSingleton<BotIdentity>();
        services.AddSingleton<RecentlyHandled>();
        services.AddSingleton<CommandRegistrar>();
        services.TryAddSingleton<WorkerExit>();
        services.AddSingleton<DirectMessageDelivery>();
        services.AddSingleton<BotThreads>(_ => new BotThreads());

        // READY's identity first: the other handlers wait for it.
        services.AddSingleton<IGatewayEventHandler, ReadyHandler>();
        services.AddSingleton<IGatewayEventHandler>(sp => sp.GetRequiredService<CommandRegistrar>());
        services.AddSingleton<IGatewayEventHandler, ThreadEventsHandler>();
        services.AddSingleton<IGatewayEventHandler, MessageCreateHandler>();
        services.AddSingleton<IGatewayEventHandler, InteractionCreateHandler>();

        services.AddHostedService<DiscordWorker>();
        return services;
    }
}
