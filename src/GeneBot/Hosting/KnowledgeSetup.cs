using GeneBot.Features.Admin;
using GeneBot.Features.Faq;
using GeneBot.Knowledge;
using GeneBot.Knowledge.Semantic;
using GeneBot.Semantic;
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
        // Created (and the model loaded) only when Knowledge:Semantic is on; the container disposes it.
        services.AddSingleton(_ => new ArcticEmbedder());
        services.AddSingleton(sp =>
        {
            // The corpus generation is noted before the index opens, so a reindex another process announces meanwhile is followed at the next poll.
            var generation = sp.GetService<ServedGeneration>();
            var observed = generation?.Observe();
            var options = sp.GetRequiredService<IOptions<KnowledgeOptions>>().Value;
            var embedder = options.Semantic ? sp.GetRequiredService<ArcticEmbedder>() : null;
            var knowledge = Open(options, sp.GetRequiredService<ILogger<KnowledgeBase>>(), sp.GetService<IFaqStore>(), embedder);
            generation?.Served(observed);
            return knowledge;
        });
        services.AddHostedService<KnowledgeStartup>();
        return services;
    }

    /// <summary>Opens the index; with a store, moderators' FAQ edits are indexed with the corpus.</summary>
    private static KnowledgeBase Open(KnowledgeOptions options, ILogger logger, IFaqStore? faqs, ITextEmbedder? embedder)
    {
        var indexPath = Path.GetFullPath(options.IndexPath);
        var knowledge = KnowledgeBase.Open(options, onRebuild: reason => Log.IndexRebuilding(logger, indexPath, reason),
            prepare: faqs is null ? null : FaqIndexing.Prepare(faqs), embedder: embedder);
        if (knowledge.LastReport is { } report)
            Log.IndexBuilt(logger, report.Articles, report.Faqs, report.Passages, report.Duration, report.Errors.Count);
        foreach (var error in knowledge.LastReport?.Errors ?? [])
            Log.CorpusFileSkipped(logger, error.ToString());
        Log.IndexOpened(logger, indexPath, knowledge.Corpus.Articles.Count);
        if (embedder is not null)
            Log.SemanticRanking(logger, embedder.Model, options.SemanticWeight);
        return knowledge;
    }
}
