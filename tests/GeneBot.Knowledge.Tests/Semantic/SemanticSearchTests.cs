using GeneBot.Knowledge.Analysis;
using GeneBot.Knowledge.Indexing;
using GeneBot.Knowledge.Search;
using GeneBot.Knowledge.Semantic;
using GeneBot.Knowledge.Tests.Support;
using Lucene.Net.Store;

namespace GeneBot.Knowledge.Tests.Semantic;

/// <summary>
/// Semantic re-ranking in the searcher, over a real Lucene index, with an embedder whose idea of meaning is spelled
/// out (<see cref="ConceptEmbedder"/>): a passage that answers "how common" in other words overtakes one that only
/// repeats the condition's name.
/// </summary>
public sealed class SemanticSearchTests : IDisposable
{
    private const string Question = "How common is Zeller syndrome?";

    private static readonly Passage[] Passages =
    [
        Some.Passage("zeller", "Zeller syndrome clinics see Zeller syndrome often. Zeller syndrome groups meet about Zeller syndrome care.", order: 0, title: "Zeller syndrome", section: ""),
        Some.Passage("zeller", "About 1 in 40,000 babies are born with this condition each year.", order: 1, title: "Zeller syndrome", section: ""),
        Some.Passage("imlygic", "Imlygic is a herpes virus changed to infect melanoma cells.", title: "Imlygic", section: ""),
        Some.Passage("car-t", "CAR-T cells are a patient's own immune cells changed to find cancer.", title: "CAR-T", section: ""),
    ];

    private readonly ConceptEmbedder embedder = new("concepts-1", ["common", "many", "babies", "born", "rare"], ["zeller", "syndrome"], ["virus", "melanoma", "cells"]);
    private readonly RAMDirectory withVectors = new();
    private readonly RAMDirectory withoutVectors = new();
    private readonly QueryBuilder builder = new(SynonymMap.Empty, RankingSettings.Default);

    public SemanticSearchTests()
    {
        IndexBuilder.Build(Passages, withVectors, embedder: embedder);
        IndexBuilder.Build(Passages, withoutVectors);
    }

    public void Dispose()
    {
        withVectors.Dispose();
        withoutVectors.Dispose();
    }

    private static string[] Texts(SearchResult result) => result.Hits.Select(h => h.Passage.Text).ToArray();

    [Fact]
    public void Words_alone_rank_the_passage_that_repeats_the_name_first()
    {
        // Arrange
        using var sut = new KnowledgeSearcher(withVectors, RankingSettings.Default);

        // Act
        var result = sut.Search(Question, builder, 5);

        // Assert
        Assert.Equal([Passages[0].Text, Passages[1].Text], Texts(result));
    }

    [Fact]
    public void Semantic_re_ranking_puts_the_passage_that_answers_the_question_first()
    {
        // Arrange
        using var sut = new KnowledgeSearcher(withVectors, RankingSettings.Default, new SemanticRanking(embedder));

        // Act
        var result = sut.Search(Question, builder, 5);

        // Assert
        Assert.Equal([Passages[1].Text, Passages[0].Text], Texts(result));
        Assert.Equal([Question], embedder.Questions);
        Assert.All(result.Hits, h => Assert.True(h.Score > 0));
    }

    [Fact]
    public void With_no_weight_on_similarity_the_order_is_the_lexical_one()
    {
        // Arrange
        using var sut = new KnowledgeSearcher(withVectors, RankingSettings.Default, new SemanticRanking(embedder, Weight: 0));

        // Act
        var result = sut.Search(Question, builder, 5);

        // Assert
        Assert.Equal([Passages[0].Text, Passages[1].Text], Texts(result));
    }

    [Fact]
    public void An_index_without_vectors_is_ranked_by_words_alone_and_no_question_is_embedded()
    {
        // Arrange
        using var sut = new KnowledgeSearcher(withoutVectors, RankingSettings.Default, new SemanticRanking(embedder));

        // Act
        var result = sut.Search(Question, builder, 5);

        // Assert
        Assert.Equal([Passages[0].Text, Passages[1].Text], Texts(result));
        Assert.Empty(embedder.Questions);
    }

    [Fact]
    public void A_follow_up_is_embedded_with_the_question_it_follows()
    {
        // Arrange
        using var sut = new KnowledgeSearcher(withVectors, RankingSettings.Default, new SemanticRanking(embedder));

        // Act
        sut.Search("and how many babies?", builder, 5, context: "What is Zeller syndrome?");

        // Assert
        Assert.Equal(["What is Zeller syndrome? and how many babies?"], embedder.Questions);
    }

    [Fact]
    public void Fewer_hits_than_asked_for_are_all_returned_and_more_are_cut_after_fusion()
    {
        // Arrange
        using var sut = new KnowledgeSearcher(withVectors, RankingSettings.Default, new SemanticRanking(embedder));

        // Act
        var one = sut.Search(Question, builder, 1);

        // Assert: the fusion ran over every candidate before the cut.
        Assert.Equal([Passages[1].Text], Texts(one));
    }
}
