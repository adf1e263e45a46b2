namespace GeneBot.Knowledge.Semantic;

/// <summary>
/// Fuses two scores of the same candidates. Each is turned into standard scores (how many standard deviations from
/// the candidates' mean), so neither's scale matters, and they are mixed: (1 − weight) × lexical + weight × similarity.
/// The result is mapped back into the lexical score's units (mean + deviation × mixed), which keeps the order of the
/// mix and keeps scores readable beside unfused ones. With fewer than two candidates, or no spread in the lexical
/// scores, the lexical scores are returned as they are.
/// </summary>
public static class ScoreFusion
{
    public static float[] Fuse(IReadOnlyList<float> lexical, IReadOnlyList<float> similarity, double weight)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(similarity.Count, lexical.Count, nameof(similarity));
        ArgumentOutOfRangeException.ThrowIfLessThan(weight, 0.0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(weight, 1.0);
        var (lexicalMean, lexicalDeviation) = Spread(lexical);
        if (lexical.Count < 2 || lexicalDeviation == 0)
            return [.. lexical];
        var (similarityMean, similarityDeviation) = Spread(similarity);
        var fused = new float[lexical.Count];
        for (var i = 0; i < fused.Length; i++)
        {
            var l = (lexical[i] - lexicalMean) / lexicalDeviation;
            var s = similarityDeviation == 0 ? 0 : (similarity[i] - similarityMean) / similarityDeviation;
            fused[i] = (float)(lexicalMean + lexicalDeviation * ((1 - weight) * l + weight * s));
        }
        return fused;
    }

    private static (double Mean, double Deviation) Spread(IReadOnlyList<float> values)
    {
        if (values.Count == 0)
            return (0, 0);
        var mean = values.Average(v => (double)v);
        return (mean, Math.Sqrt(values.Average(v => (v - mean) * (v - mean))));
    }
}
