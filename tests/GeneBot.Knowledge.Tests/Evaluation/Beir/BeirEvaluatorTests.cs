using GeneBot.Knowledge.Evaluation;
using GeneBot.Knowledge.Evaluation.Beir;
using GeneBot.Knowledge.Search;

namespace GeneBot.Knowledge.Tests.Evaluation.Beir;

public sealed class BeirEvaluatorTests
{
    /// <summary>A ranker that answers each query with a fixed run, and counts how deep it was asked.</summary>
    private sealed class FixedRanker(IReadOnlyDictionary<string, ScoredDocument[]> runs) : IBeirRanker
    {
        public List<int> Depths { get; } = [];

        public IReadOnlyList<ScoredDocument> Rank(string query, int depth)
        {
            Depths.Add(depth);
            return runs.TryGetValue(query, out var run) ? run.Take(depth).ToArray() : [];
        }

        public void Dispose()
        {
        }
    }

    private static BeirDataset Dataset(params (string Query, Dictionary<string, int> Judged)[] queries) => new(
        "hand-made",
        "test",
        [],
        queries.Select(q => new BeirQuery(q.Query, q.Query)).ToArray(),
        queries.ToDictionary(q => q.Query, q => (IReadOnlyDictionary<string, int>)q.Judged));

    [Fact]
    public void Metrics_average_over_every_judged_query_and_a_query_with_no_results_scores_0()
    {
        // Arrange
        //   q1: relevant "a" (grade 1) at rank 2 → nDCG 1/log2(3) = 0.6309298, RR 0.5, recall 1
        //   q2: nothing retrieved                → 0, 0, 0 (trec_eval -c)
        var dataset = Dataset(("q1", new() { ["a"] = 1 }), ("q2", new() { ["b"] = 1 }));
        var ranker = new FixedRanker(new Dictionary<string, ScoredDocument[]> { ["q1"] = [new("x", 2f), new("a", 1f)] });

        // Act
        var report = BeirEvaluator.Run(dataset, _ => ranker);

        // Assert
        Assert.Equal(2, report.Queries);
        Assert.Equal(1 / Math.Log2(3) / 2, report.NdcgAt10, 12);
        Assert.Equal(0.25, report.MrrAt10, 12);
        Assert.Equal(0.5, report.RecallAt100, 12);
        Assert.True(report.Qps > 0);
    }

    [Fact]
    public void Tied_scores_are_ordered_as_trec_eval_orders_them_not_as_the_ranker_returned_them()
    {
        // Arrange: the ranker puts "a" first, but "b" ties with it and sorts first by id (descending).
        var dataset = Dataset(("q1", new() { ["a"] = 1 }));
        var ranker = new FixedRanker(new Dictionary<string, ScoredDocument[]> { ["q1"] = [new("a", 3f), new("b", 3f)] });

        // Act
        var report = BeirEvaluator.Run(dataset, _ => ranker);

        // Assert
        Assert.Equal(0.5, report.MrrAt10, 12);
    }

    [Fact]
    public void A_tie_across_rank_100_is_fetched_whole_so_trec_eval_order_decides_who_makes_the_cut()
    {
        // Arrange: 300 documents tie; the relevant one is returned last but has the largest id, so trec_eval ranks it first.
        var run = Enumerable.Range(0, 300).Select(i => new ScoredDocument($"d{i:000}", 1f)).ToArray();
        var dataset = Dataset(("q1", new() { ["d299"] = 1 }));
        var ranker = new FixedRanker(new Dictionary<string, ScoredDocument[]> { ["q1"] = run });

        // Act
        var report = BeirEvaluator.Run(dataset, _ => ranker);

        // Assert
        Assert.Equal(1.0, report.MrrAt10, 12);
        Assert.Equal(1.0, report.RecallAt100, 12);
        Assert.True(ranker.Depths.Max() >= 300);
    }

    [Fact]
    public void The_baseline_ranks_by_bm25_over_title_and_text_together()
    {
        // Arrange
        BeirDocument[] documents =
        [
            new("title-only", "Leukemia in adults", "A blood cancer.", null),
            new("none", "Gout", "A painful joint.", null),
            new("text-only", "Cancers", "Leukemia and lymphoma are blood cancers.", null),
        ];
        using var sut = new BaselineRanker(documents);

        // Act
        var ranked = sut.Rank("adult leukemia", 10);

        // Assert
        Assert.Equal(["title-only", "text-only"], ranked.Select(r => r.Id));
    }

    [Fact]
    public void GeneBots_ranker_indexes_the_qtype_as_the_section_and_ranks_the_asked_for_kind_first()
    {
        // Arrange
        BeirDocument[] documents =
        [
            new("info", "Leukemia", "Leukemia is a cancer. Leukemia has symptoms and treatments.", "information"),
            new("symptoms", "Leukemia", "Fever and tiredness.", "symptoms"),
            new("treatment", "Leukemia", "Chemotherapy.", "treatment"),
        ];
        using var sut = new GeneBotRanker(documents, RankingSettings.Default);

        // Act
        var symptoms = sut.Rank("What are the symptoms of Leukemia ?", 10);
        var treatment = sut.Rank("What are the treatments for Leukemia ?", 10);

        // Assert
        Assert.Equal("symptoms", symptoms[0].Id);
        Assert.Equal("treatment", treatment[0].Id);
    }
}
