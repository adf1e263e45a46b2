using GeneBot.Knowledge.Evaluation;

namespace GeneBot.Knowledge.Tests.Evaluation;

/// <summary>Expected values are worked out by hand the way trec_eval does: gain = grade, discount = log2(rank + 1), ideal from all judgments.</summary>
public sealed class RankingMetricsTests
{
    private static readonly double Log2Of3 = Math.Log2(3);

    [Fact]
    public void Ndcg_uses_the_grade_as_gain_and_the_ideal_ordering_of_all_judged_documents()
    {
        // Arrange: b (grade 2) at rank 2, d (grade 1) at rank 4; x (grade 3) is judged but not retrieved.
        string[] ranked = ["a", "b", "c", "d"];
        var judgments = new Dictionary<string, int> { ["b"] = 2, ["d"] = 1, ["x"] = 3 };
        // DCG  = 2/log2(3) + 1/log2(5)          = 1.2618595 + 0.4306766 = 1.6925361
        // IDCG = 3/log2(2) + 2/log2(3) + 1/log2(4) = 3 + 1.2618595 + 0.5 = 4.7618595
        var expected = (2 / Log2Of3 + 1 / Math.Log2(5)) / (3 + 2 / Log2Of3 + 0.5);

        // Act
        var ndcg = RankingMetrics.Ndcg(ranked, judgments, 10);

        // Assert
        Assert.Equal(0.355436, ndcg, 6);
        Assert.Equal(expected, ndcg, 12);
    }

    [Fact]
    public void Ndcg_rewards_putting_the_higher_grade_first()
    {
        // Arrange: grade 1 at rank 1 and grade 2 at rank 3 → (1 + 2/2) / (2 + 1/log2(3)) = 0.760188.
        var judgments = new Dictionary<string, int> { ["a"] = 1, ["c"] = 2 };

        // Act
        var worse = RankingMetrics.Ndcg(["a", "b", "c"], judgments, 10);
        var ideal = RankingMetrics.Ndcg(["c", "a", "b"], judgments, 10);

        // Assert
        Assert.Equal(0.760188, worse, 6);
        Assert.Equal(1.0, ideal, 12);
    }

    [Fact]
    public void Ndcg_at_10_ignores_documents_ranked_below_10_and_cuts_the_ideal_at_10_too()
    {
        // Arrange: 12 relevant documents of grade 1; the first ten retrieved are all relevant, the 11th too.
        var judgments = Enumerable.Range(0, 12).ToDictionary(i => $"d{i}", _ => 1);
        var ranked = Enumerable.Range(0, 11).Select(i => $"d{i}").ToArray();
        var onlyEleventh = Enumerable.Range(0, 10).Select(i => $"miss{i}").Append("d0").ToArray();

        // Act
        var full = RankingMetrics.Ndcg(ranked, judgments, 10);
        var none = RankingMetrics.Ndcg(onlyEleventh, judgments, 10);

        // Assert
        Assert.Equal(1.0, full, 12);
        Assert.Equal(0.0, none);
    }

    [Fact]
    public void Ndcg_treats_grade_0_and_negative_judgments_as_not_relevant()
    {
        // Arrange: only "c" is relevant, at rank 2 → (1/log2(3)) / 1.
        var judgments = new Dictionary<string, int> { ["a"] = 0, ["b"] = -1, ["c"] = 1 };

        // Act
        var ndcg = RankingMetrics.Ndcg(["a", "c", "b"], judgments, 10);

        // Assert
        Assert.Equal(1 / Log2Of3, ndcg, 12);
    }

    [Fact]
    public void Ndcg_is_0_when_nothing_is_judged_relevant_or_nothing_is_retrieved()
    {
        // Act
        var noRelevant = RankingMetrics.Ndcg(["a"], new Dictionary<string, int> { ["a"] = 0 }, 10);
        var noneRetrieved = RankingMetrics.Ndcg([], new Dictionary<string, int> { ["a"] = 1 }, 10);

        // Assert
        Assert.Equal(0, noRelevant);
        Assert.Equal(0, noneRetrieved);
    }

    [Fact]
    public void Recall_at_100_is_the_share_of_relevant_documents_in_the_first_100()
    {
        // Arrange: 3 relevant; r1 at rank 1, r2 at rank 100, r3 at rank 101.
        var ranked = new List<string> { "r1" };
        ranked.AddRange(Enumerable.Range(0, 98).Select(i => $"n{i}"));
        ranked.Add("r2");
        ranked.Add("r3");
        var judgments = new Dictionary<string, int> { ["r1"] = 1, ["r2"] = 2, ["r3"] = 1, ["n0"] = 0 };

        // Act
        var recall = RankingMetrics.Recall(ranked, judgments, 100);

        // Assert
        Assert.Equal(2.0 / 3.0, recall, 12);
    }

    [Fact]
    public void Recall_counts_a_document_retrieved_twice_once()
    {
        // Act
        var recall = RankingMetrics.Recall(["a", "a", "b"], new Dictionary<string, int> { ["a"] = 1, ["c"] = 1 }, 100);

        // Assert
        Assert.Equal(0.5, recall, 12);
    }

    [Fact]
    public void Recall_is_0_without_relevant_judgments()
    {
        // Act
        var recall = RankingMetrics.Recall(["a"], new Dictionary<string, int>(), 100);

        // Assert
        Assert.Equal(0, recall);
    }

    [Theory]
    [InlineData(new[] { "x", "y", "r" }, 10, 1.0 / 3)]
    [InlineData(new[] { "r", "r" }, 10, 1.0)]
    [InlineData(new[] { "x", "y" }, 10, 0.0)]
    [InlineData(new[] { "x", "y", "r" }, 2, 0.0)]
    [InlineData(new string[0], 10, 0.0)]
    public void Reciprocal_rank_is_one_over_the_rank_of_the_first_relevant_document_within_k(string[] ranked, int k, double expected)
    {
        // Act
        var rr = RankingMetrics.ReciprocalRank(ranked, id => id == "r", k);

        // Assert
        Assert.Equal(expected, rr, 12);
    }

    [Fact]
    public void Ndcg_counts_a_document_ranked_twice_once_and_never_exceeds_1()
    {
        // Arrange
        var judgments = new Dictionary<string, int> { ["a"] = 1, ["b"] = 1 };

        // Act
        var ndcg = RankingMetrics.Ndcg(["a", "b", "a"], judgments, 10);

        // Assert
        Assert.Equal(1.0, ndcg, 12);
    }

    [Fact]
    public void Trec_order_sorts_by_score_and_breaks_ties_by_document_id_descending()
    {
        // Arrange: trec_eval's comp_sim_docno: higher score first; equal scores, the larger id (strcmp) first.
        ScoredDocument[] run = [new("a", 1f), new("d10", 2f), new("d9", 2f), new("b", 3f), new("d2", 2f)];

        // Act
        var order = RankingMetrics.TrecOrder(run);

        // Assert: "d9" > "d2" > "d10" byte by byte.
        Assert.Equal(["b", "d9", "d2", "d10", "a"], order);
    }

    [Fact]
    public void Trec_order_decides_which_tied_document_makes_the_top_10()
    {
        // Arrange: ten documents tie; the relevant one has the smallest id, so trec_eval puts it last, at rank 10.
        var run = Enumerable.Range(0, 10).Select(i => new ScoredDocument($"doc{i}", 5f)).Append(new ScoredDocument("top", 9f)).ToArray();
        var judgments = new Dictionary<string, int> { ["doc0"] = 1 };

        // Act
        var ranked = RankingMetrics.TrecOrder(run);

        // Assert: rank 11 is outside nDCG@10 and MRR@10.
        Assert.Equal("doc0", ranked[^1]);
        Assert.Equal(0, RankingMetrics.Ndcg(ranked, judgments, 10));
        Assert.Equal(0, RankingMetrics.ReciprocalRank(ranked, id => id == "doc0", 10));
    }

    [Fact]
    public void Ndcg_with_three_grades_matches_the_hand_worked_value()
    {
        // Arrange: grades 2, 0, 1 retrieved at ranks 1-3; a grade-2 document not retrieved.
        //   DCG  = 2/1 + 0 + 1/2                = 2.5
        //   IDCG = 2/1 + 2/log2(3) + 1/2        = 3.7618595
        var judgments = new Dictionary<string, int> { ["a"] = 2, ["b"] = 0, ["c"] = 1, ["d"] = 2 };

        // Act
        var ndcg = RankingMetrics.Ndcg(["a", "b", "c"], judgments, 10);

        // Assert
        Assert.Equal(0.664565, ndcg, 6);
    }
}
