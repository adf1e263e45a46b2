using GeneBot.Knowledge.Indexing;
using GeneBot.Knowledge.Semantic;
using GeneBot.Knowledge.Tests.Support;

namespace GeneBot.Knowledge.Tests.Semantic;

/// <summary>Passage vectors in the index: one per passage, named by model, and reused by a rebuild for unchanged text.</summary>
public sealed class PassageVectorsTests : IDisposable
{
    private readonly TempDirectory temp = new();
    private readonly string corpus;
    private readonly List<string> rebuildReasons = [];
    private readonly ConceptEmbedder embedder = new("concepts-1", ["gene", "genes", "virus"], ["cell", "cells"]);

    public PassageVectorsTests() => corpus = TestCorpus.CopyTo(temp.Combine("corpus"));

    public void Dispose() => temp.Dispose();

    private KnowledgeOptions Options => new() { CorpusPath = corpus, IndexPath = temp.Combine("index") };

    private KnowledgeBase Open(ConceptEmbedder? with) => KnowledgeBase.Open(Options, onRebuild: rebuildReasons.Add, embedder: with);

    [Fact]
    public void Building_with_an_embedder_stores_a_vector_for_every_passage_under_the_models_name()
    {
        // Act
        using var sut = Open(embedder);

        // Assert
        using var directory = IndexSchema.OpenDirectory(Options.IndexPath);
        var stored = PassageVectors.Stored(directory, "concepts-1");
        Assert.Equal(sut.LastReport!.Passages, embedder.Passages.Count);
        Assert.Equal(embedder.Passages.Distinct().Count(), stored.Count);
        Assert.Equal("concepts-1", IndexState.Read(directory)!.UserData[IndexFields.SemanticModelKey]);
        Assert.Empty(PassageVectors.Stored(directory, "another-model"));
    }

    [Fact]
    public void A_rebuild_embeds_only_the_passages_whose_text_changed()
    {
        // Arrange
        using var sut = Open(embedder);
        var first = embedder.Passages.Count;
        File.WriteAllText(Path.Combine(corpus, "articles", "zebrafish.md"),
            Some.ArticleText(id: "zebrafish", body: "## Fish\n\nZebrafish regrow their fins, which helps scientists study how genes repair tissue."));

        // Act
        var report = sut.Rebuild();

        // Assert
        Assert.Equal(["zebrafish"], report.Added);
        var embeddedAgain = embedder.Passages.Skip(first).ToArray();
        Assert.Single(embeddedAgain);
        Assert.Contains("Zebrafish regrow their fins", embeddedAgain[0]);
    }

    [Fact]
    public void Another_models_vectors_are_not_reused()
    {
        // Arrange
        using (Open(embedder)) { }
        var other = new ConceptEmbedder("concepts-2", ["gene"]);

        // Act
        using var sut = Open(other);

        // Assert
        Assert.Equal(sut.LastReport!.Passages, other.Passages.Count);
    }

    [Fact]
    public void Turning_semantic_re_ranking_on_or_off_rebuilds_the_index_once()
    {
        // Arrange
        using (Open(null)) { }
        rebuildReasons.Clear();

        // Act
        using (Open(embedder)) { }
        var turnedOn = rebuildReasons.ToArray();
        rebuildReasons.Clear();
        using (Open(embedder)) { }
        var again = rebuildReasons.ToArray();
        rebuildReasons.Clear();
        using (Open(null)) { }
        var turnedOff = rebuildReasons.ToArray();

        // Assert
        Assert.Single(turnedOn);
        Assert.Empty(again);
        Assert.Single(turnedOff);
    }

    [Fact]
    public void Without_an_embedder_the_index_has_no_vectors_and_the_fingerprint_is_unchanged()
    {
        // Act
        using var sut = Open(null);

        // Assert
        using var directory = IndexSchema.OpenDirectory(Options.IndexPath);
        var state = IndexState.Read(directory)!;
        Assert.False(state.UserData.ContainsKey(IndexFields.SemanticModelKey));
        Assert.Equal(IndexFingerprint.For(sut.Corpus, null), state.Fingerprint);
        Assert.NotEqual(IndexFingerprint.For(sut.Corpus, null, "concepts-1"), state.Fingerprint);
    }

    [Fact]
    public void A_vector_survives_the_round_trip_through_index_bytes()
    {
        // Arrange
        float[] vector = [0.6f, -0.8f, 0f, 1e-7f];

        // Act
        var back = PassageVectors.ToVector(PassageVectors.ToBytes(vector));

        // Assert
        Assert.Equal(vector, back);
    }
}
