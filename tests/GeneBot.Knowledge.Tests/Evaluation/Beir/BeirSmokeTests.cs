using GeneBot.Knowledge.Evaluation.Beir;
using GeneBot.Knowledge.Search;
using GeneBot.Knowledge.Tests.Support;

namespace GeneBot.Knowledge.Tests.Evaluation.Beir;

/// <summary>
/// CI's smoke run of the BEIR evaluation, end to end on 200 real SciFact documents (60 judged test queries): reading,
/// indexing, ranking and scoring. The expected baseline values were computed independently of the C# metric code, by
/// bench/tools/trec_metrics.py (a separate implementation of trec_eval's ndcg_cut.10, recall.100 and recip_rank over the
/// top 10) from the TREC run `genebot eval --beir SAMPLE --split test --ranker baseline --run FILE` wrote.
/// </summary>
public sealed class BeirSmokeTests : IDisposable
{
    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    private BeirDataset Sample()
    {
        var source = BenchData.Locate("scifact").Path!;
        return BeirDataset.Load(BeirSample.Write(source, "test", temp.Combine("scifact-sample")), "test");
    }

    [SciFactFact]
    public void The_sample_has_200_documents_and_60_judged_queries()
    {
        // Act
        var dataset = Sample();

        // Assert
        Assert.Equal(200, dataset.Documents.Count);
        Assert.Equal(60, dataset.Queries.Count);
        var ids = dataset.Documents.Select(d => d.Id).ToHashSet();
        Assert.All(dataset.Judgments.Values.SelectMany(j => j.Keys), id => Assert.Contains(id, ids));
    }

    [SciFactFact]
    public void The_baseline_scores_on_the_sample_what_an_independent_trec_eval_implementation_computed()
    {
        // Act
        var report = BeirEvaluator.Run(Sample(), documents => new BaselineRanker(documents));

        // Assert
        Assert.Equal(ExpectedBaseline.NdcgAt10, report.NdcgAt10, 4);
        Assert.Equal(ExpectedBaseline.RecallAt100, report.RecallAt100, 4);
        Assert.Equal(ExpectedBaseline.MrrAt10, report.MrrAt10, 4);
    }

    [SciFactFact]
    public void GeneBots_ranker_stays_within_its_band_on_the_sample()
    {
        // Act
        var report = BeirEvaluator.Run(Sample(), documents => new GeneBotRanker(documents, RankingSettings.Default));

        // Assert: a small, easy collection; a broken ranker or metric falls far below this band.
        Assert.InRange(report.NdcgAt10, 0.80, 1.0);
        Assert.InRange(report.RecallAt100, 0.95, 1.0);
    }

    private static class ExpectedBaseline
    {
        public const double NdcgAt10 = 0.924724;
        public const double RecallAt100 = 0.983333;
        public const double MrrAt10 = 0.912500;
    }
}
