using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace GeneBot.Storage;

/// <summary>Registers the SQLite store (validated Storage options, migrated at start), one interface per concern, and the daily retention purge.</summary>
public static class StorageSetup
{
    public static IServiceCollection AddStorage(this IServiceCollection services)
    {
        services.AddOptions<StorageOptions>()
            .BindConfiguration(StorageOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp => GeneBotDb.Open(sp.GetRequiredService<IOptions<StorageOptions>>().Value.Path));
        services.AddSingleton(sp => UserIdHasher.For(sp.GetRequiredService<GeneBotDb>(), sp.GetRequiredService<IOptions<StorageOptions>>().Value.UserIdSalt));
        services.AddSingleton<IFaqStore, SqliteFaqStore>();
        services.AddSingleton<Privacy.IFirstUseRegistry, SqliteFirstUseRegistry>();
        services.AddSingleton<SqliteAnswerLog>();
        services.AddSingleton<IAnswerLog>(sp => sp.GetRequiredService<SqliteAnswerLog>());
        services.AddSingleton<IFeedbackStore>(sp => sp.GetRequiredService<SqliteAnswerLog>());
        services.AddSingleton<IStatsStore>(sp => sp.GetRequiredService<SqliteAnswerLog>());
        services.AddHostedService<RetentionPurge>();
        return services;
    }
}
