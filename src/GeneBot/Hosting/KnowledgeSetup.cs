using GeneBot.Features.Admin;
using GeneBot.Features.Faq;
using GeneBot.Knowledge;
using GeneBot.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GeneBot.Hosting;

/// <summary>Registers the knowledge base: validated Knowledge options and the index, opened (and rebuilt when missing or stale) at start.</summary>
public static class KnowledgeSetup
{
    public static IServiceCollection AddKnowledgeBase(this IServiceCollection services)
    {
        services.AddOptions<KnowledgeOptions>()
            .BindConfiguration(KnowledgeOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton(sp =>
        {
            // The corpus generation is noted before the index opens, so a reindex another process announces meanwhile is followed at the next poll.
            var generation = sp.GetService<ServedGeneration>();
            var observed = generation?.Observe();
            var knowledge = Open(sp.GetRequiredService<IOptions<KnowledgeOptions>>().Value, sp.GetRequiredService<ILogger<KnowledgeBase>>(), sp.GetService<IFaqStore>());
            generation?.Served(observed);
            return knowledge;
        });
        services.AddHostedService<KnowledgeStartup>();
        return services;
    }

    /// <summary>Opens the index; with a store, moderators' FAQ edits are indexed with the corpus.</summary>
    private static KnowledgeBase Open(KnowledgeOptions options, ILogger logger, IFaqStore? faqs)
    {
        var indexPath = Path.GetFullPath(options.IndexPath);
        var knowledge = KnowledgeBase.Open(options, onRebuild: reason => Log.IndexRebuilding(logger, indexPath, reason),
            prepare: faqs is null ? null : FaqIndexing.Prepare(faqs));
        if (knowledge.LastReport is { } report)
            Log.IndexBuilt(logger, report.Articles, report.Faqs, report.Passages, report.Duration, report.Errors.Count);
        foreach (var error in knowledge.LastReport?.Errors ?? [])
            Log.CorpusFileSkipped(logger, error.ToString());
        Log.IndexOpened(logger, indexPath, knowledge.Corpus.Articles.Count);
        return knowledge;
    }
}
