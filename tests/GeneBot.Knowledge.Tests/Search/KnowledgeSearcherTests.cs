using GeneBot.Knowledge.Corpus;
using GeneBot.Knowledge.Indexing;
using GeneBot.Knowledge.Search;
using GeneBot.Knowledge.Tests.Support;
using Lucene.Net.Store;

namespace GeneBot.Knowledge.Tests.Search;

public sealed class KnowledgeSearcherTests(TestIndex index) : IClassFixture<TestIndex>
{
    [Theory]
    [InlineData("imlygic", "oncolytic-viruses", "T-VEC")]
    [InlineData("What is talimogene laherparepvec?", "oncolytic-viruses", "T-VEC")]
    [InlineData("crs", "car-t-cell-therapy", "Cytokine release syndrome")]
    [InlineData("How is CRS treated?", "car-t-cell-therapy", "Cytokine release syndrome")]
    [InlineData("adeno-associated virus", "aav-gene-therapy", "AAV")]
    [InlineData("SCD", "sickle-cell-gene-therapy", "Sickle cell disease")]
    public void A_question_using_one_name_finds_the_passage_that_uses_only_the_other(string question, string articleId, string passageWord)
    {
        // Act
        var result = index.Search(question);

        // Assert
        var top = Assert.IsType<SearchHit>(result.Hits.FirstOrDefault()).Passage;
        Assert.Equal(articleId, top.ArticleId);
        Assert.Contains(passageWord, top.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_synonym_test_really_needs_the_synonym_map()
    {
        // Arrange: the same index, searched without synonyms.
        var plain = new QueryBuilder(Knowledge.Analysis.SynonymMap.Empty, RankingSettings.Default);

        // Act
        var result = index.Searcher.Search("imlygic", plain, 10);

        // Assert
        Assert.Empty(result.Hits);
    }

    [Fact]
    public void Hits_come_best_first_and_no_more_than_asked_for()
    {
        // Act
        var result = index.Search("gene therapy cells", maxHits: 4);

        // Assert
        Assert.Equal(4, result.Hits.Count);
        Assert.Equal(result.Hits.Select(h => h.Score).OrderDescending(), result.Hits.Select(h => h.Score));
    }

    [Theory]
    [InlineData("gene therapy cells")]
    [InlineData("How is CRS treated?")]
    [InlineData("what are the side effects of oncolytic viruses")]
    [InlineData("can sickle cell disease be cured with gene editing")]
    public void Two_pass_search_ranks_like_one_full_pass_when_the_candidates_cover_the_matches(string question)
    {
        // Arrange: the test corpus is far smaller than the candidate depth, so the first pass keeps every match.
        using var onePass = new KnowledgeSearcher(index.Directory, RankingSettings.Default with { CandidateDepth = 0 });

        // Act
        var twoPass = index.Searcher.SearchIds(question, index.QueryBuilder, 10);
        var full = onePass.SearchIds(question, index.QueryBuilder, 10);

        // Assert
        Assert.NotEmpty(full);
        Assert.Equal(full.Select(p => p.Id), twoPass.Select(p => p.Id));
        Assert.Equal(full.Select(p => p.Score), twoPass.Select(p => p.Score));
    }

    [Theory]
    [InlineData("gene therapy cells")]
    [InlineData("How is CRS treated?")]
    [InlineData("what are the side effects of oncolytic viruses")]
    public void Ranking_by_id_gives_the_same_passages_in_the_same_order_as_a_full_search(string question)
    {
        // Act
        var full = index.Search(question, maxHits: 20);
        var ids = index.Searcher.SearchIds(question, index.QueryBuilder, 20);

        // Assert
        Assert.NotEmpty(ids);
        Assert.Equal(full.Hits.Select(h => (h.Passage.Id, h.Score)), ids.Select(p => (p.Id, p.Score)));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("what is it?")]
    public void A_question_without_topic_words_finds_nothing(string? question)
    {
        // Act
        var result = index.Search(question);

        // Assert
        Assert.True(result.Plan.IsEmpty);
        Assert.Empty(result.Hits);
    }

    [Fact]
    public void A_question_about_something_the_corpus_never_mentions_finds_nothing()
    {
        // Act
        var result = index.Search("volcano eruption lava");

        // Assert
        Assert.False(result.Plan.IsEmpty);
        Assert.Empty(result.Hits);
    }

    [Fact]
    public void A_hit_carries_the_passage_fields_stored_in_the_index()
    {
        // Act
        var top = index.Search("tocilizumab steroids").Hits[0].Passage;

        // Assert
        Assert.Equal("car-t-cell-therapy", top.ArticleId);
        Assert.Equal("CAR T-cell therapy", top.Title);
        Assert.Equal("Cytokine release syndrome", top.Section);
        Assert.Equal("cytokine-release-syndrome", top.Anchor);
        Assert.Equal(1, top.Order);
        Assert.Equal("car-t-cell-therapy#1", top.Id);
        Assert.Equal(PassageKind.Article, top.Kind);
        Assert.Equal($"{TestIndex.BaseUrl}car-t-cell-therapy.md#cytokine-release-syndrome", top.Url);
    }

    [Fact]
    public void Faq_entries_are_searchable_as_passages_of_their_own()
    {
        // Act
        var hits = index.Search("injection site chills", maxHits: 10).Hits;

        // Assert
        var faq = Assert.Single(hits, h => h.Passage.Kind == PassageKind.Faq).Passage;
        Assert.Equal("faq:are-oncolytic-viruses-safe", faq.ArticleId);
        Assert.Equal($"{TestIndex.BaseUrl}oncolytic-viruses.md", faq.Url);
    }

    [Fact]
    public void A_title_word_ranks_that_article_first()
    {
        // Act
        var top = index.Search("lentiviral").Hits[0].Passage;

        // Assert
        Assert.Equal("lentiviral-vectors", top.ArticleId);
    }

    [Fact]
    public void The_inverse_document_frequency_is_highest_for_rare_words_and_always_positive()
    {
        // Act
        var unseen = KnowledgeSearcher.Idf(0, 100);
        var rare = KnowledgeSearcher.Idf(1, 100);
        var everywhere = KnowledgeSearcher.Idf(100, 100);

        // Assert
        Assert.True(unseen > rare && rare > everywhere);
        Assert.True(everywhere > 0);
        Assert.Equal(Math.Log(1 + 100.5 / 0.5), unseen, 12);
    }

    [Fact]
    public void A_searcher_keeps_serving_its_snapshot_until_refreshed_after_a_new_commit()
    {
        // Arrange
        using var temp = new TempDirectory();
        var corpus = TestCorpus.CopyTo(temp.Combine("corpus"));
        using var directory = new RAMDirectory();
        var snapshot = CorpusReader.Read(corpus);
        IndexBuilder.Build(snapshot, directory, null);
        using var sut = new KnowledgeSearcher(directory, RankingSettings.Default);
        var builder = new QueryBuilder(snapshot.Synonyms, RankingSettings.Default);
        File.WriteAllText(Path.Combine(corpus, "articles", "zebrafish.md"), Some.ArticleText(id: "zebrafish", body: "## Fish\n\nZebrafish regrow their fins."));
        IndexBuilder.Build(CorpusReader.Read(corpus), directory, null);

        // Act
        var beforeRefresh = sut.Search("zebrafish", builder, 5);
        sut.Refresh();
        var afterRefresh = sut.Search("zebrafish", builder, 5);

        // Assert
        Assert.Empty(beforeRefresh.Hits);
        Assert.Equal("zebrafish", afterRefresh.Hits[0].Passage.ArticleId);
        Assert.Equal(sut.PassageCount, IndexState.Read(directory)!.Documents);
    }
}
