using GeneBot.Features.Ask;
using GeneBot.Features.Faq;
using GeneBot.Features.Help;
using GeneBot.Knowledge;
using GeneBot.Knowledge.Safety;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GeneBot.Chat;

/// <summary>Composes the platform-neutral chat features over one knowledge base.</summary>
public static class ChatSetup
{
    public static ChatRouter CreateRouter(KnowledgeBase knowledge, SafetyOptions? safety = null)
    {
        ChatRouter? router = null;
        var commands = new List<IChatCommand>
        {
            new HelpCommand(() => router!.Commands),
            new FaqCommand(FaqCatalog.From(knowledge)),
        };
        router = new ChatRouter(commands, new AskFeature(SafeAnswering.Create(knowledge, safety)));
        return router;
    }

    /// <summary>Registers the router (with the "Safety" settings, validated on start) and the asynchronous responder over the <see cref="KnowledgeBase"/> singleton.</summary>
    public static IServiceCollection AddChat(this IServiceCollection services)
    {
        services.AddOptions<SafetyOptions>()
            .BindConfiguration(SafetyOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton(sp => CreateRouter(sp.GetRequiredService<KnowledgeBase>(), sp.GetRequiredService<IOptions<SafetyOptions>>().Value));
        services.AddSingleton<IChatResponder, ChatResponder>();
        return services;
    }
}
