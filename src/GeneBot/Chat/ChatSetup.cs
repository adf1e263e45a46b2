using GeneBot.Chat.Conversations;
using GeneBot.Features.Admin;
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
    /// <summary>
    /// The router. With <paramref name="services"/>, FAQ entries can be edited (and are read with the edits), answers are
    /// recorded for feedback and stats, questions are rate-limited, and /stats (and /reindex with a queue) are available.
    /// </summary>
    public static ChatRouter CreateRouter(KnowledgeBase knowledge, SafetyOptions? safety = null, ChatServices? services = null, ConversationOptions? conversations = null)
    {
        ChatRouter? router = null;
        var commands = new List<IChatCommand> { new HelpCommand(() => router!.Commands) };
        if (services is null)
        {
            commands.Add(new FaqCommand(FaqCatalog.From(knowledge)));
        }
        else
        {
            var catalog = FaqCatalog.From(knowledge, services.Faqs);
            Action? reindex = services.Reindex is { } queue ? () => queue.Request(force: true) : null;
            commands.Add(new FaqCommand(catalog, new FaqEditor(catalog, services.Faqs, services.Users, services.Time, reindex), services.Recorder));
            commands.Add(new StatsCommand(services.Stats, services.Time));
            if (services.Reindex is { } reindexQueue)
                commands.Add(new ReindexCommand(reindexQueue));
        }
        var memory = new ConversationMemory(conversations ?? new ConversationOptions(), services?.Time ?? TimeProvider.System);
        var recent = new RecentAnswers(services?.Time ?? TimeProvider.System);
        var ask = new AskFeature(SafeAnswering.Create(knowledge, safety), services?.Recorder, services?.RateLimits, memory, recent, services?.Metrics);
        commands.Add(new SimplerCommand(ask));
        commands.Add(new MoreCommand(ask));
        router = new ChatRouter(commands, ask);
        return router;
    }

    /// <summary>Registers the router (with the "Safety" settings, validated on start) and the asynchronous responder over the <see cref="KnowledgeBase"/> singleton.</summary>
    public static IServiceCollection AddChat(this IServiceCollection services)
    {
        services.AddOptions<SafetyOptions>()
            .BindConfiguration(SafetyOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<ConversationOptions>()
            .BindConfiguration(ConversationOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton(sp => CreateRouter(
            sp.GetRequiredService<KnowledgeBase>(), sp.GetRequiredService<IOptions<SafetyOptions>>().Value, sp.GetService<ChatServices>(),
            sp.GetRequiredService<IOptions<ConversationOptions>>().Value));
        services.AddSingleton<IChatResponder, ChatResponder>();
        return services;
    }
}
