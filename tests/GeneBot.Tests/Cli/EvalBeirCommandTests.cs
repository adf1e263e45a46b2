using System.Text.Json;
using GeneBot.Tests.Support;

namespace GeneBot.Tests.Cli;

/// <summary><c>genebot eval --beir</c> on a three-document collection written here (no ../shared needed).</summary>
public sealed class EvalBeirCommandTests : IDisposable
{
    private readonly TempDirectory work = new();

    public EvalBeirCommandTests()
    {
        work.Write("beir/corpus.jsonl", """
            {"_id": "d1", "title": "Zeller syndrome", "text": "These resources address the diagnosis of Zeller syndrome: the Zeller syndrome clinic."}
            {"_id": "d2", "title": "Zeller syndrome", "text": "About 1 in 40,000 newborns have this condition."}
            {"_id": "d3", "title": "Imlygic", "text": "Imlygic is a herpes virus changed to infect melanoma cells."}
            """);
        work.Write("beir/queries.jsonl", """
            {"_id": "q1", "text": "How many people have Zeller syndrome?"}
            {"_id": "q2", "text": "Which virus treats melanoma?"}
            """);
        work.Write("beir/qrels/test.tsv", "query-id\tcorpus-id\tscore\nq1\td2\t1\nq2\td3\t1\n");
    }

    public void Dispose() => work.Dispose();

    [Fact]
    public async Task The_json_report_has_the_documented_fields_and_semantic_re_ranking_finds_the_answer_first()
    {
        // Act
        var words = await Support.Cli.RunAsync(work.Path, null, null, "eval", "--beir", work.Combine("beir"), "--split", "test", "--format", "json");
        var semantic = await Support.Cli.RunAsync(work.Path, null, null, "eval", "--beir", work.Combine("beir"), "--split", "test", "--semantic", "--format", "json");

        // Assert
        Assert.True(words.ExitCode == 0, words.Stdout + words.Stderr);
        Assert.True(semantic.ExitCode == 0, semantic.Stdout + semantic.Stderr);
        using var plain = JsonDocument.Parse(words.Stdout);
        using var fused = JsonDocument.Parse(semantic.Stdout);
        foreach (var field in new[] { "ndcg@10", "recall@100", "mrr@10", "queries", "qps" })
            Assert.True(fused.RootElement.TryGetProperty(field, out _), field);
        Assert.Equal(2, fused.RootElement.GetProperty("queries").GetInt32());
        Assert.Equal(1.0, fused.RootElement.GetProperty("mrr@10").GetDouble());
        Assert.True(plain.RootElement.GetProperty("mrr@10").GetDouble() < 1.0, words.Stdout);
    }

    [Fact]
    public async Task Semantic_re_ranking_of_the_baseline_is_refused_with_a_clear_message()
    {
        // Act
        var result = await Support.Cli.RunAsync(work.Path, null, null, "eval", "--beir", work.Combine("beir"), "--split", "test", "--ranker", "baseline", "--semantic");

        // Assert
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("does not apply to the baseline", result.Stderr, StringComparison.Ordinal);
    }
}
