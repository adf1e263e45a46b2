using GeneBot.Knowledge.Evaluation.Beir;
using GeneBot.Knowledge.Search;
using GeneBot.Knowledge.Semantic;
using GeneBot.Knowledge.Tests.Evaluation.Beir;
using GeneBot.Knowledge.Tests.Support;

namespace GeneBot.Semantic.Tests;

/// <summary>
/// Semantic re-ranking end to end on the 200-document SciFact sample CI already scores (BeirSmokeTests): reading,
/// embedding every document with the real model, ranking, fusing and scoring. Skipped, saying why, without ../shared.
/// </summary>
public sealed class SemanticBeirSmokeTests(ModelFixture model) : IClassFixture<ModelFixture>, IDisposable
{
    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    [SciFactFact]
    public void Semantic_re_ranking_scores_in_its_band_on_the_sample_and_not_below_words_alone()
    {
        // Arrange
        var source = BenchData.Locate("scifact").Path!;
        var dataset = BeirDataset.Load(BeirSample.Write(source, "test", temp.Combine("scifact-sample")), "test");

        // Act
        var words = BeirEvaluator.Run(dataset, documents => new GeneBotRanker(documents, RankingSettings.Default));
        var semantic = BeirEvaluator.Run(dataset, documents => new GeneBotRanker(documents, RankingSettings.Default, semantic: new SemanticRanking(model.Embedder)));

        // Assert: the band of GeneBot's own ranking on this easy sample (0.92 alone, 0.93 fused when written); a broken
        // fusion or misread vectors fall far below it. The re-ranking reorders only the top 30, so recall is unchanged.
        Assert.InRange(semantic.NdcgAt10, 0.80, 1.0);
        Assert.True(semantic.NdcgAt10 >= words.NdcgAt10 - 0.005, $"semantic {semantic.NdcgAt10:0.0000}, words alone {words.NdcgAt10:0.0000}");
        Assert.Equal(words.RecallAt100, semantic.RecallAt100, 6);
    }
}
