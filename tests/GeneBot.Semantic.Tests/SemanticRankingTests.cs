using GeneBot.Knowledge.Evaluation.Beir;
using GeneBot.Knowledge.Search;
using GeneBot.Knowledge.Semantic;

namespace GeneBot.Semantic.Tests;

/// <summary>
/// GeneBot's ranking with and without semantic re-ranking by the real model, over a real index: the kind of mistake
/// the benchmarks show words alone make (a page's resource list, which repeats the condition's name, outranking the
/// passage that answers) and the re-ranking mends.
/// </summary>
public sealed class SemanticRankingTests(ModelFixture model) : IClassFixture<ModelFixture>
{
    private static readonly BeirDocument[] Documents =
    [
        new("resources", "Zeller syndrome", "These resources address the diagnosis or management of Zeller syndrome: the Zeller syndrome clinic, the Zeller syndrome support group, Zeller syndrome testing.", null),
        new("frequency", "Zeller syndrome", "About 1 in 40,000 newborns have this condition. It is more common in some families.", null),
        new("cause", "Zeller syndrome", "Changes in the ZLR1 gene cause the condition.", null),
        new("other", "Imlygic", "Imlygic is a herpes virus changed in a lab to infect melanoma cells.", null),
    ];

    private const string Question = "How many people have Zeller syndrome?";

    [Fact]
    public void Words_alone_put_the_resource_list_first()
    {
        // Arrange
        using var sut = new GeneBotRanker(Documents, RankingSettings.Default);

        // Act
        var ranked = sut.Rank(Question, 10);

        // Assert
        Assert.Equal("resources", ranked[0].Id);
    }

    [Fact]
    public void Semantic_re_ranking_puts_the_passage_that_answers_first()
    {
        // Arrange
        using var sut = new GeneBotRanker(Documents, RankingSettings.Default, semantic: new SemanticRanking(model.Embedder));

        // Act
        var ranked = sut.Rank(Question, 10);

        // Assert
        Assert.Equal("frequency", ranked[0].Id);
        Assert.DoesNotContain(ranked, r => r.Id == "other");
    }
}
