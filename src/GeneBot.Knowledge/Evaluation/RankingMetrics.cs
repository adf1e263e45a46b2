namespace GeneBot.Knowledge.Evaluation;

/// <summary>Ranking metrics as trec_eval computes them (linear gain, log2 discount, ideal ranking from the judgments).</summary>
public static class RankingMetrics
{
    /// <summary>
    /// The order trec_eval scores a run in, whatever order it was given: score descending (compared as single-precision
    /// floats, as trec_eval stores them), ties broken by document id in <em>descending</em> byte order
    /// (<c>comp_sim_docno</c> in trec_eval's form_res_rels.c calls <c>strcmp(ptr2->docno, ptr1->docno)</c>).
    /// A document listed twice keeps its first (best) place.
    /// </summary>
    public static IReadOnlyList<string> TrecOrder(IEnumerable<ScoredDocument> run) =>
        run.DistinctBy(d => d.Id)
            .OrderByDescending(d => d.Score)
            .ThenByDescending(d => d.Id, StringComparer.Ordinal)
            .Select(d => d.Id)
            .ToArray();

    /// <summary>nDCG@k: <paramref name="ranked"/> are document ids best first; <paramref name="judgments"/> map ids to relevance grades (≥ 1 relevant).</summary>
    public static double Ndcg(IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> judgments, int k)
    {
        ranked = ranked.Distinct().ToArray();
        var dcg = 0.0;
        for (var i = 0; i < Math.Min(k, ranked.Count); i++)
        {
            if (judgments.TryGetValue(ranked[i], out var gain) && gain > 0)
                dcg += gain / Math.Log2(i + 2);
        }
        var ideal = judgments.Values.Where(g => g > 0).OrderDescending().Take(k).Select((g, i) => g / Math.Log2(i + 2)).Sum();
        return ideal == 0 ? 0 : dcg / ideal;
    }

    /// <summary>Recall@k: the share of relevant documents found in the first k.</summary>
    public static double Recall(IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> judgments, int k)
    {
        var relevant = judgments.Count(j => j.Value > 0);
        if (relevant == 0)
            return 0;
        return (double)ranked.Take(k).Distinct().Count(id => judgments.TryGetValue(id, out var g) && g > 0) / relevant;
    }

    /// <summary>Reciprocal rank of the first relevant document within the first k, else 0.</summary>
    public static double ReciprocalRank(IReadOnlyList<string> ranked, Func<string, bool> isRelevant, int k)
    {
        ranked = ranked.Distinct().ToArray();
        for (var i = 0; i < Math.Min(k, ranked.Count); i++)
        {
            if (isRelevant(ranked[i]))
                return 1.0 / (i + 1);
        }
        return 0;
    }
}
