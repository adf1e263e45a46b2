using GeneBot.Knowledge.Corpus;
using GeneBot.Storage;
using GeneBot.Tests.Support;

namespace GeneBot.Tests.Features.Admin;

/// <summary>Two processes sharing one store, each with its own index of one corpus: a reindex on one reaches the other through the corpus generation, on each provider.</summary>
public abstract class SharedReindexTests
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(100);

    protected abstract TestDatabase CreateDatabase();

    [StoreFact]
    public async Task An_admin_reindex_on_one_process_makes_the_other_serve_the_new_corpus_without_announcing_again()
    {
        // Arrange
        using var corpus = new TempDirectory();
        GeneratedCorpus.Write(corpus, articles: 3);
        using var database = CreateDatabase();
        await using var a = await ShardProcess.StartAsync(database, corpus.Path, Poll);
        await using var b = await ShardProcess.StartAsync(database, corpus.Path, Poll);
        GeneratedCorpus.Write(corpus, articles: 1, from: 3);

        // Act
        await a.Reindex.Request().Report!.WaitAsync(Timeouts.Wait);
        await Timeouts.UntilAsync(() => HasArticle(b, "trial-3") && b.Served.Current == 1, "the other process to serve the new article");

        // Assert
        Assert.True(HasArticle(a, "trial-3"));
        Assert.Equal(1L, a.Served.Current);
        Assert.Equal(1L, b.Generation.Current());
    }

    [StoreFact]
    public async Task An_faq_edit_on_one_process_is_searchable_on_the_other()
    {
        // Arrange
        using var corpus = new TempDirectory();
        GeneratedCorpus.Write(corpus, articles: 3);
        using var database = CreateDatabase();
        await using var a = await ShardProcess.StartAsync(database, corpus.Path, Poll);
        await using var b = await ShardProcess.StartAsync(database, corpus.Path, Poll);
        var entry = new FaqEntry("mistletoe", [], "Does mistletoe cure cancer?", "trial-0", "No: mistletoe extract is not a gene therapy.", FaqRecord.StoredSource);

        // Act: what the FAQ editor does, a stored change and then a reindex.
        a.Faqs.Save(new FaqChange("mistletoe", FaqAction.Add, "hash-1", DateTimeOffset.UtcNow, null, entry));
        await a.Reindex.Request(force: true).Report!.WaitAsync(Timeouts.Wait);
        await Timeouts.UntilAsync(() => b.Knowledge.Corpus.Faqs.Any(f => f.Key == "mistletoe"), "the other process to index the FAQ edit");

        // Assert
        Assert.Contains(b.Knowledge.Search("does mistletoe cure cancer", 5).Hits, h => h.Passage.ArticleId == "faq:mistletoe");
        Assert.Equal(1L, b.Generation.Current());
    }

    private static bool HasArticle(ShardProcess process, string id) => process.Knowledge.Corpus.Articles.Any(x => x.Id == id);
}

public sealed class SqliteSharedReindexTests : SharedReindexTests
{
    protected override TestDatabase CreateDatabase() => new SqliteTestDatabase();
}

public sealed class PostgresSharedReindexTests : SharedReindexTests, IUsesPostgres
{
    protected override TestDatabase CreateDatabase() => new PostgresTestDatabase();
}
