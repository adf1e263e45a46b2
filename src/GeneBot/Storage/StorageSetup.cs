using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace GeneBot.Storage;

/// <summary>Registers the store Storage:Provider selects (validated options, migrated at start), one interface per concern, the corpus generation and the daily retention purge.</summary>
public static class StorageSetup
{
    public static IServiceCollection AddStorage(this IServiceCollection services)
    {
        services.AddOptions<StorageOptions>()
            .BindConfiguration(StorageOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp => GeneBotDb.Open(sp.GetRequiredService<IOptions<StorageOptions>>().Value));
        services.AddSingleton(sp => UserIdHasher.For(sp.GetRequiredService<GeneBotDb>(), sp.GetRequiredService<IOptions<StorageOptions>>().Value.UserIdSalt));
        services.AddSingleton<StoreBreaker>();
        services.AddSingleton<IFaqStore, FaqStore>();
        services.AddSingleton<Privacy.IFirstUseRegistry, FirstUseRegistry>();
        services.AddSingleton<ICorpusGeneration, CorpusGeneration>();
        services.AddSingleton<AnswerLog>();
        services.AddSingleton<IAnswerLog>(sp => sp.GetRequiredService<AnswerLog>());
        services.AddSingleton<IFeedbackStore>(sp => sp.GetRequiredService<AnswerLog>());
        services.AddSingleton<IStatsStore>(sp => sp.GetRequiredService<AnswerLog>());
        services.AddHostedService<RetentionPurge>();
        return services;
    }
}
