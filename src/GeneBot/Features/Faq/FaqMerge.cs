using GeneBot.Knowledge.Corpus;
using GeneBot.Storage;

namespace GeneBot.Features.Faq;

/// <summary>The effective FAQ set: the corpus entries as defaults, stored entries winning by key, stored removals hiding a default.</summary>
public static class FaqMerge
{
    public static IReadOnlyList<FaqEntry> Apply(IReadOnlyList<FaqEntry> defaults, IReadOnlyList<FaqOverride> overrides)
    {
        if (overrides.Count == 0)
            return defaults;
        var byKey = overrides.ToDictionary(o => o.Key, StringComparer.Ordinal);
        var merged = defaults.Where(d => !byKey.ContainsKey(d.Key)).ToList();
        merged.AddRange(overrides.Where(o => o.Entry is not null).Select(o => o.Entry!));
        return merged.OrderBy(e => e.Key, StringComparer.Ordinal).ToArray();
    }
}
