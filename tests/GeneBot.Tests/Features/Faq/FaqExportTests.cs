using GeneBot.Features.Faq;
using GeneBot.Knowledge.Corpus;
using GeneBot.Tests.Support;
using CliApp = GeneBot.Tests.Support.Cli;

namespace GeneBot.Tests.Features.Faq;

public sealed class FaqExportTests(BundledKnowledge bundled) : IClassFixture<BundledKnowledge>
{
    [Fact]
    public void Exported_files_parse_back_into_the_same_entries()
    {
        // Arrange
        using var folder = new TempDirectory();
        var entries = bundled.Knowledge.Corpus.Faqs.Append(
            new FaqEntry("quotes-and-colons", ["q-alias"], "A title: with \"quotes\" and # signs?", "https://example.org/a", "Body one.\n\nBody two.", "x")).ToArray();

        // Act
        var written = FaqExport.Write(entries, folder.Combine("faq"));

        // Assert
        Assert.Equal(entries.Length, written.Count);
        foreach (var entry in entries)
        {
            var path = folder.Combine("faq", entry.Key + ".md");
            var parsed = FaqParser.Parse(path, File.ReadAllText(path));
            Assert.Null(parsed.Error);
            Assert.Equal((entry.Key, entry.Title, entry.Link, entry.Body), (parsed.Value!.Key, parsed.Value.Title, parsed.Value.Link, parsed.Value.Body));
            Assert.Equal(entry.Aliases, parsed.Value.Aliases);
        }
    }

    [Fact]
    public async Task The_index_command_indexes_stored_edits_so_the_bot_serves_that_index_without_rebuilding()
    {
        // Arrange
        using var work = new TempDirectory();
        var env = CliApp.Env(Repo.Corpus, work.Combine("index"));
        env["Storage__Path"] = work.Combine("genebot.db");
        await CliApp.RunAsync(work.Path, env, "/faq add kale | Does kale cure cancer? | what-is-gene-therapy | Kale and leafy greens are healthy food, but no food cures cancer.\n/quit\n", "chat");

        // Act
        var indexed = await CliApp.RunAsync(work.Path, env, null, "index");
        var asked = await CliApp.RunAsync(work.Path, env, "/faq kale\n/quit\n", "chat");

        // Assert
        Assert.Equal(0, indexed.ExitCode);
        Assert.Contains("37 FAQ", indexed.Stdout + indexed.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Building the index", asked.Stderr, StringComparison.Ordinal);
        Assert.Contains("Does kale cure cancer?", asked.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_cli_exports_the_corpus_set_with_stored_edits()
    {
        // Arrange
        using var work = new TempDirectory();
        var env = CliApp.Env(Repo.Corpus, work.Combine("index"));
        env["Storage__Path"] = work.Combine("genebot.db");
        await CliApp.RunAsync(work.Path, env, "/faq remove what-is-car-t\n/faq add kale | Does kale cure cancer? | what-is-gene-therapy | No food cures cancer.\n/quit\n", "chat");

        // Act
        var result = await CliApp.RunAsync(work.Path, env, null, "faq", "export", work.Combine("out"));

        // Assert
        Assert.Equal(0, result.ExitCode);
        var files = Directory.GetFiles(work.Combine("out")).Select(Path.GetFileName).ToArray();
        Assert.Contains("kale.md", files);
        Assert.DoesNotContain("what-is-car-t.md", files);
        Assert.Equal(bundled.Knowledge.Corpus.Faqs.Count, files.Length);
        Assert.Contains("title: Does kale cure cancer?", File.ReadAllText(work.Combine("out", "kale.md")), StringComparison.Ordinal);
    }
}
