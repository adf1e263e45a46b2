using GeneBot.Knowledge;
using GeneBot.Knowledge.Safety;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace GeneBot.Privacy;

/// <summary>Registers privacy: validated "Privacy" settings, the user-id hasher for logs, the first-use registry,
/// the personal-details detector with the rules of the corpus (corpus/privacy.yml) and the private-reply policy that
/// every adapter (Discord, Teams, either or both) shares.</summary>
public static class PrivacySetup
{
    public static IServiceCollection AddPrivacy(this IServiceCollection services)
    {
        services.AddOptions<PrivacyOptions>()
            .BindConfiguration(PrivacyOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<UserHasher>();
        // With a store (AddStorage, registered first) the note is remembered there; without one, in memory.
        services.TryAddSingleton<IFirstUseRegistry, InMemoryFirstUseRegistry>();
        services.AddSingleton(sp => CreateDetector(sp.GetRequiredService<KnowledgeBase>().Corpus.Root, sp.GetRequiredService<ILogger<PrivacyDetector>>()));
        services.TryAddSingleton<PrivateReplyPolicy>();
        return services;
    }

    private static PrivacyDetector CreateDetector(string corpusRoot, ILogger logger)
    {
        var rules = PrivacyRules.Load(corpusRoot);
        if (rules.IsEmpty)
            Log.NoPrivacyRules(logger, Path.Combine(corpusRoot, PrivacyRules.FileName));
        return new PrivacyDetector(rules);
    }
}
