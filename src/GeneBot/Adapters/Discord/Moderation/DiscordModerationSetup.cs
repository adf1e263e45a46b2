using GeneBot.Discord.Gateway;
using Microsoft.Extensions.DependencyInjection;

namespace GeneBot.Adapters.Discord.Moderation;

/// <summary>Registers moderation on Discord: validated "Bot" settings, member roles, safety alerts, and one handler each for FAQ autocomplete, feedback buttons, the feedback modal and /reindex.</summary>
public static class DiscordModerationSetup
{
    public static IServiceCollection AddDiscordModeration(this IServiceCollection services)
    {
        services.AddOptions<BotOptions>().BindConfiguration(BotOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<MemberRoles>();
        services.AddSingleton<SafetyAlerts>();
        services.AddSingleton<IGatewayEventHandler, FaqAutocompleteHandler>();
        services.AddSingleton<IGatewayEventHandler, FeedbackButtonHandler>();
        services.AddSingleton<IGatewayEventHandler, FeedbackModalHandler>();
        services.AddSingleton<IGatewayEventHandler, ReindexInteractionHandler>();
        return services;
    }
}
