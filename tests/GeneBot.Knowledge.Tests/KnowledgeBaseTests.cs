using GeneBot.Knowledge.Answers;
using GeneBot.Knowledge.Indexing;
using GeneBot.Knowledge.Tests.Support;

namespace GeneBot.Knowledge.Tests;

public sealed partial class KnowledgeBaseTests : IDisposable
{
    private readonly TempDirectory temp = new();
    private readonly string corpus;
    private readonly List<string> rebuildReasons = [];

    public KnowledgeBaseTests() => corpus = TestCorpus.CopyTo(temp.Combine("corpus"));

    public void Dispose() => temp.Dispose();

    private KnowledgeOptions Options(string? baseUrl = "https://example.org/corpus/") => new()
    {
        CorpusPath = corpus,
        IndexPath = temp.Combine("index"),
        ArticleBaseUrl = baseUrl,
    };

    private KnowledgeBase CreateSut(string? baseUrl = "https://example.org/corpus/") =>
        KnowledgeBase.Open(Options(baseUrl), onRebuild: rebuildReasons.Add);

    /// <summary>Opens once to build the index, then closes, so the next open starts from a committed index.</summary>
    private void BuildOnce(string? baseUrl = "https://example.org/corpus/")
    {
        using var first = CreateSut(baseUrl);
        rebuildReasons.Clear();
    }

    private void WriteArticle(string id, string body) =>
        File.WriteAllText(Path.Combine(corpus, "articles", $"{id}.md"), Some.ArticleText(id: id, body: body));

    private const string ZebrafishBody = "## Fish\n\nZebrafish regrow their fins, which helps scientists study how genes repair tissue.";

    [Fact]
    public void Opening_without_an_index_builds_one()
    {
        // Act
        using var sut = CreateSut();

        // Assert
        var report = Assert.IsType<IndexReport>(sut.LastReport);
        Assert.Equal(TestCorpus.ArticleCount, report.Articles);
        Assert.Equal(["no index yet"], rebuildReasons);
        Assert.Equal(report.Passages, sut.Searcher.PassageCount);
    }

    [Fact]
    public void Opening_again_with_an_unchanged_corpus_does_not_rebuild()
    {
        // Arrange
        BuildOnce();

        // Act
        using var sut = CreateSut();

        // Assert
        Assert.Null(sut.LastReport);
        Assert.Empty(rebuildReasons);
        Assert.Equal(AnswerStatus.Answered, sut.Ask("What is Imlygic?").Status);
    }

    [Fact]
    public void Rewriting_a_file_with_the_same_bytes_does_not_rebuild()
    {
        // Arrange
        BuildOnce();
        var path = Path.Combine(corpus, "articles", "aav-gene-therapy.md");
        File.WriteAllBytes(path, File.ReadAllBytes(path));
        File.SetLastWriteTimeUtc(path, new DateTime(2030, 1, 1, 0, 0, 0, DateTimeKind.Utc));

        // Act
        using var sut = CreateSut();

        // Assert
        Assert.Null(sut.LastReport);
    }

    [Fact]
    public void Opening_after_an_article_changed_rebuilds_and_reports_the_change()
    {
        // Arrange
        BuildOnce();
        File.AppendAllText(Path.Combine(corpus, "articles", "aav-gene-therapy.md"), "\nAAV was first found in 1965.\n");

        // Act
        using var sut = CreateSut();

        // Assert
        var report = Assert.IsType<IndexReport>(sut.LastReport);
        Assert.Equal(["aav-gene-therapy"], report.Changed);
        Assert.Empty(report.Added);
        Assert.Empty(report.Removed);
        Assert.Equal(["the corpus or analysis settings changed"], rebuildReasons);
    }

    [Theory]
    [InlineData("faq/new-question.md")]
    [InlineData("synonyms.txt")]
    [InlineData("articles/new-article.md")]
    public void Opening_after_a_faq_entry_the_synonyms_or_a_new_article_changed_rebuilds(string file)
    {
        // Arrange
        BuildOnce();
        var content = file switch
        {
            "faq/new-question.md" => Some.FaqText(key: "new-question", aliases: "[]", link: "aav-gene-therapy"),
            "synonyms.txt" => "zebrafish, danio rerio\n",
            _ => Some.ArticleText(id: "new-article"),
        };
        File.WriteAllText(Path.Combine(corpus, file), content);

        // Act
        using var sut = CreateSut();

        // Assert
        Assert.NotNull(sut.LastReport);
    }

    [Fact]
    public void Opening_with_a_different_article_base_url_rebuilds_so_links_change()
    {
        // Arrange
        BuildOnce();

        // Act
        using var sut = CreateSut(baseUrl: "https://example.org/elsewhere/");

        // Assert
        Assert.NotNull(sut.LastReport);
        var citation = sut.Ask("What is Imlygic?").Citations[0];
        Assert.StartsWith("https://example.org/elsewhere/oncolytic-viruses.md#", citation.Url, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unreadable_index_folder_is_rebuilt()
    {
        // Arrange
        temp.Write("index/segments_1", "not a lucene index");
        temp.Write("index/segments.gen", "garbage");

        // Act
        using var sut = CreateSut();

        // Assert
        Assert.NotNull(sut.LastReport);
        Assert.Equal(AnswerStatus.Answered, sut.Ask("What is Imlygic?").Status);
    }

    [Fact]
    public void Opening_after_an_article_was_deleted_rebuilds_and_no_longer_cites_it()
    {
        // Arrange
        BuildOnce();
        File.Delete(Path.Combine(corpus, "articles", "lentiviral-vectors.md"));

        // Act
        using var sut = CreateSut();

        // Assert
        Assert.Equal(["lentiviral-vectors"], sut.LastReport!.Removed);
        Assert.DoesNotContain(sut.Ask("lentiviral vectors HIV").Citations, c => c.ArticleId == "lentiviral-vectors");
    }
}
