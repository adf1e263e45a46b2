using GeneBot.Chat;
using GeneBot.Features.Ask;
using GeneBot.Features.Feedback;
using GeneBot.Knowledge;
using GeneBot.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GeneBot.Features.Admin;

/// <summary>Registers what moderators and admins use: validated Corpus and RateLimits options, the reindex queue, the corpus watch, the watch on other processes' reindexes (the store's corpus generation), the answer recorder and the <see cref="ChatServices"/> the router is composed with.</summary>
public static class ModerationSetup
{
    public static IServiceCollection AddModeration(this IServiceCollection services)
    {
        services.AddOptions<CorpusOptions>().BindConfiguration(CorpusOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp => new ReindexQueue(
            sp.GetRequiredService<KnowledgeBase>(), sp.GetRequiredService<IOptions<CorpusOptions>>().Value,
            sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<ReindexQueue>>(), sp.GetService<Telemetry.GeneBotMetrics>(),
            sp.GetService<ServedGeneration>()));
        services.AddSingleton(sp => new QuestionRateLimits(sp.GetRequiredService<IOptions<RateLimitOptions>>().Value, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<AnswerRecorder>();
        services.AddSingleton<FeedbackFeature>();
        services.AddSingleton<ModeratorRequests>();
        services.AddSingleton(sp => Faq.FaqCatalog.From(sp.GetRequiredService<KnowledgeBase>(), sp.GetRequiredService<IFaqStore>()));
        services.AddSingleton(sp => new ChatServices(
            sp.GetRequiredService<IFaqStore>(), sp.GetRequiredService<IStatsStore>(), sp.GetRequiredService<AnswerRecorder>(),
            sp.GetRequiredService<UserIdHasher>(), sp.GetRequiredService<TimeProvider>())
        {
            Reindex = sp.GetRequiredService<ReindexQueue>(),
            RateLimits = sp.GetRequiredService<QuestionRateLimits>(),
            Metrics = sp.GetService<Telemetry.GeneBotMetrics>(),
        });
        services.AddHostedService<CorpusWatcher>();
        services.AddSingleton<ServedGeneration>();
        services.AddHostedService<GenerationWatcher>();
        return services;
    }
}
