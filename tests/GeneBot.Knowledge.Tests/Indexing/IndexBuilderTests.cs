using GeneBot.Knowledge.Corpus;
using GeneBot.Knowledge.Indexing;
using GeneBot.Knowledge.Tests.Support;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace GeneBot.Knowledge.Tests.Indexing;

public sealed class IndexBuilderTests : IDisposable
{
    private const string BaseUrl = "https://example.org/corpus/";
    private readonly TempDirectory temp = new();
    private readonly RAMDirectory directory = new();

    public void Dispose()
    {
        directory.Dispose();
        temp.Dispose();
    }

    private string CopyCorpus() => TestCorpus.CopyTo(temp.Combine("corpus"));

    private static CorpusSnapshot Read(string path) => CorpusReader.Read(path);

    [Fact]
    public void Building_writes_one_document_per_passage_and_faq_and_reports_the_counts()
    {
        // Arrange
        var snapshot = Read(TestCorpus.Path);
        var expectedPassages = snapshot.Articles.Sum(a => PassageSplitter.Split(a, BaseUrl).Count) + snapshot.Faqs.Count;

        // Act
        var report = IndexBuilder.Build(snapshot, directory, BaseUrl);

        // Assert
        Assert.Equal(TestCorpus.ArticleCount, report.Articles);
        Assert.Equal(TestCorpus.FaqCount, report.Faqs);
        Assert.Equal(expectedPassages, report.Passages);
        Assert.Equal(report.Passages, IndexState.Read(directory)!.Documents);
        Assert.Empty(report.Errors);
    }

    [Fact]
    public void The_commit_records_the_fingerprint_and_the_counts()
    {
        // Arrange
        var snapshot = Read(TestCorpus.Path);

        // Act
        var report = IndexBuilder.Build(snapshot, directory, BaseUrl);

        // Assert
        var state = IndexState.Read(directory)!;
        Assert.Equal(IndexFingerprint.For(snapshot, BaseUrl), state.Fingerprint);
        Assert.Equal(report.Articles.ToString(System.Globalization.CultureInfo.InvariantCulture), state.UserData[IndexFields.ArticlesKey]);
        Assert.Equal(report.Passages.ToString(System.Globalization.CultureInfo.InvariantCulture), state.UserData[IndexFields.PassagesKey]);
    }

    [Fact]
    public void The_fingerprint_changes_with_the_link_base_but_not_for_the_same_input()
    {
        // Arrange
        var snapshot = Read(TestCorpus.Path);

        // Act
        var first = IndexFingerprint.For(snapshot, BaseUrl);
        var again = IndexFingerprint.For(Read(TestCorpus.Path), BaseUrl);
        var otherBase = IndexFingerprint.For(snapshot, "https://example.org/other/");

        // Assert
        Assert.Equal(first, again);
        Assert.NotEqual(first, otherBase);
    }

    [Fact]
    public void A_first_build_reports_every_article_as_added()
    {
        // Act
        var report = IndexBuilder.Build(Read(TestCorpus.Path), directory, BaseUrl);

        // Assert
        Assert.Equal(TestCorpus.ArticleCount, report.Added.Count);
        Assert.Equal(report.Added.Order(StringComparer.Ordinal), report.Added);
        Assert.Empty(report.Changed);
        Assert.Empty(report.Removed);
    }

    [Fact]
    public void A_rebuild_reports_the_articles_added_changed_and_removed_by_id()
    {
        // Arrange
        var corpus = CopyCorpus();
        IndexBuilder.Build(Read(corpus), directory, BaseUrl);
        File.AppendAllText(Path.Combine(corpus, "articles", "aav-gene-therapy.md"), "\nOne more sentence.\n");
        File.Delete(Path.Combine(corpus, "articles", "lentiviral-vectors.md"));
        File.WriteAllText(Path.Combine(corpus, "articles", "new-article.md"), Some.ArticleText(id: "new-article"));

        // Act
        var report = IndexBuilder.Build(Read(corpus), directory, BaseUrl);

        // Assert
        Assert.Equal(["new-article"], report.Added);
        Assert.Equal(["aav-gene-therapy"], report.Changed);
        Assert.Equal(["lentiviral-vectors"], report.Removed);
    }

    [Fact]
    public void Rebuilding_replaces_the_documents_instead_of_adding_to_them()
    {
        // Arrange
        var snapshot = Read(TestCorpus.Path);
        var first = IndexBuilder.Build(snapshot, directory, BaseUrl);

        // Act
        IndexBuilder.Build(snapshot, directory, BaseUrl);

        // Assert
        Assert.Equal(first.Passages, IndexState.Read(directory)!.Documents);
    }

    [Fact]
    public void A_cancelled_build_throws_and_leaves_the_previous_commit_intact()
    {
        // Arrange
        var corpus = CopyCorpus();
        var before = Read(corpus);
        var first = IndexBuilder.Build(before, directory, BaseUrl);
        File.Delete(Path.Combine(corpus, "articles", "lentiviral-vectors.md"));
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        // Act
        Assert.ThrowsAny<OperationCanceledException>(() => IndexBuilder.Build(Read(corpus), directory, BaseUrl, cancellationToken: cancellation.Token));

        // Assert
        var state = IndexState.Read(directory)!;
        Assert.Equal(IndexFingerprint.For(before, BaseUrl), state.Fingerprint);
        Assert.Equal(first.Passages, state.Documents);
    }

    [Fact]
    public void A_build_that_fails_after_writing_documents_rolls_back_to_the_previous_commit()
    {
        // Arrange
        var corpus = CopyCorpus();
        var before = Read(corpus);
        var first = IndexBuilder.Build(before, directory, BaseUrl);
        File.WriteAllText(Path.Combine(corpus, "articles", "new-article.md"), Some.ArticleText(id: "new-article"));
        var failing = new RecordingProgress<IndexProgress>(fail: true);

        // Act
        Assert.Throws<InvalidOperationException>(() => IndexBuilder.Build(Read(corpus), directory, BaseUrl, failing));

        // Assert
        Assert.NotEmpty(failing.Reports);
        var state = IndexState.Read(directory)!;
        Assert.Equal(IndexFingerprint.For(before, BaseUrl), state.Fingerprint);
        Assert.Equal(first.Passages, state.Documents);
        using var reader = DirectoryReader.Open(directory);
        Assert.Equal(0, reader.DocFreq(new Term(IndexFields.Id, "new-article#0")));
    }

    [Fact]
    public void Progress_ends_with_every_article_done_and_the_passages_written_so_far()
    {
        // Arrange
        var snapshot = Read(TestCorpus.Path);
        var progress = new RecordingProgress<IndexProgress>();

        // Act
        var report = IndexBuilder.Build(snapshot, directory, BaseUrl, progress);

        // Assert
        var last = progress.Reports[^1];
        Assert.Equal(TestCorpus.ArticleCount, last.ArticlesDone);
        Assert.Equal(TestCorpus.ArticleCount, last.ArticlesTotal);
        Assert.Equal(report.Passages - report.Faqs, last.Passages);
    }

    [Fact]
    public void The_report_passes_on_the_files_the_reader_skipped()
    {
        // Arrange
        var corpus = CopyCorpus();
        File.WriteAllText(Path.Combine(corpus, "articles", "broken.md"), "no front matter");

        // Act
        var report = IndexBuilder.Build(Read(corpus), directory, BaseUrl);

        // Assert
        var error = Assert.Single(report.Errors);
        Assert.EndsWith("broken.md", error.Path, StringComparison.Ordinal);
        Assert.Equal(TestCorpus.ArticleCount, report.Articles);
    }

    [Fact]
    public void A_passage_survives_the_round_trip_through_a_lucene_document()
    {
        // Arrange
        var passage = new Passage("a#3", "a", "Title", "Section", "section", 3, "Body text.", PassageKind.Faq, "https://example.org/a.md#section");

        // Act
        var back = IndexSchema.FromDocument(IndexSchema.ToDocument(passage));

        // Assert
        Assert.Equal(passage, back);
    }

    [Fact]
    public void Building_from_passages_writes_each_one_with_the_same_schema_as_a_corpus_build()
    {
        // Arrange
        Passage[] passages =
        [
            new("doc-1", "doc-1", "Adult leukemia", "treatment", "", 0, "Chemotherapy is the usual first treatment.", PassageKind.Article, null),
            new("doc-2", "doc-2", "Adult leukemia", "", "", 0, "Leukemia is a cancer of the blood.", PassageKind.Article, null),
        ];

        // Act
        var count = IndexBuilder.Build(passages, directory);

        // Assert
        Assert.Equal(2, count);
        using var reader = DirectoryReader.Open(directory);
        Assert.Equal(2, reader.NumDocs);
        var stored = Enumerable.Range(0, reader.MaxDoc).Select(i => IndexSchema.FromDocument(reader.Document(i))).ToArray();
        Assert.Equal(passages, stored);
    }
}
