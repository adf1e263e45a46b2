using GeneBot.Tests.Support;

namespace GeneBot.Tests.Cli;

public sealed class IndexCommandTests : IDisposable
{
    private readonly TempDirectory work = new();

    private const string GoodArticle = """
        ---
        id: good-article
        title: A good article
        summary: A short article about viral vectors.
        reviewed: 2026-11-01
        ---
        ## What a vector is
        A vector is a carrier that takes a new gene into a cell. Doctors often use a virus with its harmful genes removed.
        """;

    [Fact]
    public async Task Indexing_a_corpus_with_a_broken_file_names_it_indexes_the_rest_and_exits_2_when_strict()
    {
        // Arrange
        work.Write("corpus/articles/good-article.md", GoodArticle);
        work.Write("corpus/articles/broken.md", "---\nid: broken\ntitle: [unclosed\n---\n## Body\nText.\n");
        var env = Support.Cli.Env(work.Combine("corpus"), work.Combine("index"));

        // Act
        var strict = await Support.Cli.RunAsync(work.Path, env, null, "index", "--strict");
        var lenient = await Support.Cli.RunAsync(work.Path, env, null, "index");

        // Assert
        Assert.Equal(2, strict.ExitCode);
        Assert.Matches(@"corpus/articles/broken\.md:\d+: invalid YAML", strict.Stdout);
        Assert.Contains("Indexed 1 articles", strict.Stdout);
        Assert.Equal(0, lenient.ExitCode);
    }

    [Fact]
    public async Task Indexing_the_bundled_corpus_strictly_succeeds()
    {
        // Act
        var result = await Support.Cli.RunAsync(work.Path, null, null, "index", "--strict", "--corpus", Repo.Corpus, "--index", work.Combine("index"));

        // Assert
        Assert.True(result.ExitCode == 0, result.Stdout + result.Stderr);
        Assert.DoesNotContain("skipped", result.Stdout);
    }

    [Fact]
    public async Task With_Knowledge_Semantic_on_the_index_carries_the_models_vectors_and_answers_use_them()
    {
        // Arrange
        work.Write("corpus/articles/good-article.md", GoodArticle);
        work.Write("corpus/triage.yml", File.ReadAllText(Path.Combine(Repo.Corpus, "triage.yml")));
        var env = Support.Cli.Env(work.Combine("corpus"), work.Combine("index"));
        env["Knowledge__Semantic"] = "true";

        // Act
        var indexed = await Support.Cli.RunAsync(work.Path, env, null, "index");
        var asked = await Support.Cli.RunAsync(work.Path, env, null, "ask", "--format", "json", "what carries a new gene into a cell?");

        // Assert
        Assert.True(indexed.ExitCode == 0, indexed.Stdout + indexed.Stderr);
        using (var directory = Knowledge.Indexing.IndexSchema.OpenDirectory(work.Combine("index")))
        {
            var state = Knowledge.Indexing.IndexState.Read(directory)!;
            Assert.Equal(GeneBot.Semantic.ArcticEmbedder.ModelName, state.UserData[Knowledge.Indexing.IndexFields.SemanticModelKey]);
            Assert.Equal(state.Documents, Knowledge.Semantic.PassageVectors.Stored(directory, GeneBot.Semantic.ArcticEmbedder.ModelName).Count);
        }
        Assert.True(asked.ExitCode == 0, asked.Stdout + asked.Stderr);
        Assert.Contains("\"good-article\"", asked.Stdout);
        Assert.DoesNotContain("Building the index", asked.Stderr);
    }

    public void Dispose() => work.Dispose();
}
