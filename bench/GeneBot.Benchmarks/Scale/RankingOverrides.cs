using System.Globalization;
using GeneBot.Knowledge.Search;

namespace GeneBot.Benchmarks.Scale;

/// <summary><c>--ranking CandidateDepth=0,PhraseBoost=0.5</c>: ranking settings changed for a before/after measurement.</summary>
public static class RankingOverrides
{
    public static RankingSettings Parse(string? text)
    {
        var settings = RankingSettings.Default with { };
        foreach (var pair in (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var (name, value) = (pair.Split('=')[0], pair.Split('=')[1]);
            var property = typeof(RankingSettings).GetProperty(name) ?? throw new ArgumentException($"No ranking setting {name}");
            property.SetValue(settings, Convert.ChangeType(value, property.PropertyType, CultureInfo.InvariantCulture));
        }
        return settings;
    }
}
