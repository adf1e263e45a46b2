using GeneBot.Knowledge.Tests.Support;

namespace GeneBot.Knowledge.Tests.Evaluation.Beir;

/// <summary>A fact skipped, with the reason, where ../shared/bench/scifact is absent (a fresh clone without shared/).</summary>
public sealed class SciFactFactAttribute : FactAttribute
{
    public SciFactFactAttribute()
    {
        if (BenchData.Locate("scifact").SkipReason is { } reason)
            Skip = reason;
    }
}
