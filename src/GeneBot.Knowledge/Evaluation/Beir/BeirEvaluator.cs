using System.Diagnostics;

namespace GeneBot.Knowledge.Evaluation.Beir;

/// <summary>
/// Runs every judged query of a BEIR split through a ranker and scores the rankings as trec_eval does: nDCG@10 with
/// the grade as linear gain, Recall@100, and MRR@10 (reciprocal rank of the first relevant document in the top 10),
/// each over the run re-sorted into trec_eval's order (<see cref="RankingMetrics.TrecOrder"/>).
/// </summary>
public static class BeirEvaluator
{
    public const int Depth = 100;

    /// <param name="createRanker">Indexes the documents; timed as the index time.</param>
    public static BeirReport Run(BeirDataset dataset, Func<IReadOnlyList<BeirDocument>, IBeirRanker> createRanker, CancellationToken cancellationToken = default)
    {
        var indexClock = Stopwatch.StartNew();
        using var ranker = createRanker(dataset.Documents);
        var indexTime = indexClock.Elapsed;

        var runs = new IReadOnlyList<ScoredDocument>[dataset.Queries.Count];
        var queryClock = Stopwatch.StartNew();
        for (var i = 0; i < runs.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            runs[i] = RankWithTies(ranker, dataset.Queries[i].Text);
        }
        var queryTime = queryClock.Elapsed;

        return Score(dataset, runs) with
        {
            Runs = dataset.Queries.Select((q, i) => (q.Id, runs[i])).ToDictionary(r => r.Id, r => r.Item2, StringComparer.Ordinal),
            Qps = runs.Length / Math.Max(queryTime.TotalSeconds, 1e-9),
            Documents = dataset.Documents.Count,
            IndexTime = indexTime,
            QueryTime = queryTime,
        };
    }

    /// <summary>Scores rankings (one per query of <paramref name="dataset"/>, in order, already in trec_eval order).</summary>
    public static BeirReport Score(BeirDataset dataset, IReadOnlyList<IReadOnlyList<ScoredDocument>> scoredRuns)
    {
        var runs = scoredRuns.Select(r => r.Select(d => d.Id).ToArray()).ToArray();
        double ndcg = 0, recall = 0, mrr = 0;
        var byQuery = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var i = 0; i < dataset.Queries.Count; i++)
        {
            var judged = dataset.Judgments[dataset.Queries[i].Id];
            var q = RankingMetrics.Ndcg(runs[i], judged, 10);
            byQuery[dataset.Queries[i].Id] = q;
            ndcg += q;
            recall += RankingMetrics.Recall(runs[i], judged, Depth);
            mrr += RankingMetrics.ReciprocalRank(runs[i], id => judged.TryGetValue(id, out var grade) && grade > 0, 10);
        }
        var n = Math.Max(1, dataset.Queries.Count);
        return new BeirReport(ndcg / n, recall / n, mrr / n, dataset.Queries.Count, 0) { NdcgByQuery = byQuery };
    }

    /// <summary>
    /// The first <see cref="Depth"/> documents in trec_eval's order. Lucene breaks score ties by its internal doc id and
    /// trec_eval by document id, so when documents tie across the cut the ranker is asked again for the whole tie.
    /// </summary>
    private static IReadOnlyList<ScoredDocument> RankWithTies(IBeirRanker ranker, string query)
    {
        var depth = Depth + 1;
        while (true)
        {
            var run = ranker.Rank(query, depth);
            if (run.Count < depth || run[Depth - 1].Score != run[^1].Score)
            {
                var scores = run.GroupBy(d => d.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Score, StringComparer.Ordinal);
                return RankingMetrics.TrecOrder(run).Take(Depth).Select(id => new ScoredDocument(id, scores[id])).ToArray();
            }
            depth *= 2;
        }
    }
}
