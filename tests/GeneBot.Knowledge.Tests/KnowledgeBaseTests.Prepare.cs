using GeneBot.Knowledge.Corpus;
using GeneBot.Knowledge.Tests.Support;

namespace GeneBot.Knowledge.Tests;

/// <summary>The host's hook that adjusts each corpus snapshot before it is indexed (it adds moderators' stored FAQ edits).</summary>
public sealed partial class KnowledgeBaseTests
{
    private static readonly FaqEntry StoredFaq = new("zebrafish-fins", [], "Do zebrafish regrow fins?", "https://example.org/zebrafish",
        "Zebrafish regrow their fins, which helps scientists study how genes repair tissue.", "(stored)");

    private static Func<CorpusSnapshot, CorpusSnapshot> AddingFaq(FaqEntry entry, string tag) =>
        snapshot => snapshot with { Faqs = [.. snapshot.Faqs, entry], Fingerprint = snapshot.Fingerprint + tag };

    [Fact]
    public void The_prepared_snapshot_is_what_opening_indexes_and_serves()
    {
        // Act
        using var sut = KnowledgeBase.Open(Options(), prepare: AddingFaq(StoredFaq, "+zebrafish"));

        // Assert
        Assert.Equal(TestCorpus.FaqCount + 1, sut.Corpus.Faqs.Count);
        Assert.Equal(TestCorpus.FaqCount + 1, sut.LastReport!.Faqs);
        Assert.Contains(sut.Search("zebrafish fins", 5).Hits, h => h.Passage.Id == "faq:zebrafish-fins");
    }

    [Fact]
    public void A_rebuild_prepares_the_snapshot_it_reads_again()
    {
        // Arrange
        var faqs = new List<FaqEntry>();
        using var sut = KnowledgeBase.Open(Options(), prepare: snapshot => snapshot with { Faqs = [.. snapshot.Faqs, .. faqs] });
        var before = sut.Search("zebrafish fins", 5).Hits;

        // Act
        faqs.Add(StoredFaq);
        sut.Rebuild();

        // Assert
        Assert.DoesNotContain(before, h => h.Passage.Id == "faq:zebrafish-fins");
        Assert.Contains(sut.Search("zebrafish fins", 5).Hits, h => h.Passage.Id == "faq:zebrafish-fins");
    }

    [Fact]
    public void A_changed_fingerprint_from_the_hook_makes_the_next_open_rebuild()
    {
        // Arrange
        KnowledgeBase.Open(Options()).Dispose();

        // Act
        using var sut = KnowledgeBase.Open(Options(), onRebuild: rebuildReasons.Add, prepare: AddingFaq(StoredFaq, "+zebrafish"));

        // Assert
        Assert.Single(rebuildReasons);
        Assert.NotNull(sut.LastReport);
    }
}
