using GeneBot.Features.Faq;
using GeneBot.Knowledge;
using GeneBot.Knowledge.Corpus;
using GeneBot.Storage;
using GeneBot.Tests.Support;

namespace GeneBot.Tests.Features.Faq;

/// <summary>Stored FAQ edits are indexed with the corpus, so /ask can cite them.</summary>
public sealed class FaqIndexingTests
{
    private static readonly FaqEntry Kale = new("kale-and-cancer", [], "Does kale cure cancer?",
        "what-is-gene-therapy", "Kale and other leafy greens are healthy food, but no food cures cancer.", FaqRecord.StoredSource);

    [Fact]
    public void A_stored_entry_is_searchable_after_a_rebuild_and_a_stored_removal_is_not()
    {
        // Arrange
        using var store = new TestStore();
        using var index = new TempDirectory();
        var options = new KnowledgeOptions { CorpusPath = Repo.Corpus, IndexPath = index.Combine("index") };
        using var sut = KnowledgeBase.Open(options, prepare: FaqIndexing.Prepare(store.Faqs));
        var removed = sut.Corpus.Faqs.Single(f => f.Key == "what-is-car-t");

        // Act
        var before = sut.Search("kale leafy greens food", 10).Hits;
        store.Faqs.Save(new FaqChange(Kale.Key, FaqAction.Add, "h", store.Time.GetUtcNow(), null, Kale));
        store.Faqs.Save(new FaqChange(removed.Key, FaqAction.Remove, "h", store.Time.GetUtcNow(), removed, null));
        sut.Rebuild();
        var after = sut.Search("kale leafy greens food", 10).Hits;

        // Assert
        Assert.DoesNotContain(before, h => h.Passage.Id == "faq:kale-and-cancer");
        Assert.Contains(after, h => h.Passage.Id == "faq:kale-and-cancer");
        Assert.DoesNotContain(sut.Corpus.Faqs, f => f.Key == "what-is-car-t");
        Assert.DoesNotContain(sut.Search("what is car-t", 30).Hits, h => h.Passage.Id == "faq:what-is-car-t");
    }

    [Fact]
    public void Stored_edits_change_the_fingerprint_so_an_index_without_them_is_rebuilt_at_start()
    {
        // Arrange
        using var store = new TestStore();
        using var index = new TempDirectory();
        var options = new KnowledgeOptions { CorpusPath = Repo.Corpus, IndexPath = index.Combine("index") };
        KnowledgeBase.Open(options, prepare: FaqIndexing.Prepare(store.Faqs)).Dispose();
        store.Faqs.Save(new FaqChange(Kale.Key, FaqAction.Add, "h", store.Time.GetUtcNow(), null, Kale));

        // Act
        using var sut = KnowledgeBase.Open(options, prepare: FaqIndexing.Prepare(store.Faqs));

        // Assert
        Assert.NotNull(sut.LastReport);
        Assert.Contains(sut.Search("kale leafy greens food", 10).Hits, h => h.Passage.Id == "faq:kale-and-cancer");
    }
}
