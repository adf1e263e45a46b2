using GeneBot.Knowledge.Indexing;
using GeneBot.Tests.Support;
using Lucene.Net.Store;

namespace GeneBot.Tests.Cli;

/// <summary>A real genebot process killed in the middle of a rebuild leaves the last committed index to restart on.</summary>
public sealed class IndexCrashTests
{
    [Fact]
    public async Task A_process_killed_mid_rebuild_restarts_on_the_last_committed_index()
    {
        // Arrange
        using var small = new TempDirectory();
        using var large = new TempDirectory();
        using var work = new TempDirectory();
        GeneratedCorpus.Write(small, articles: 20);
        GeneratedCorpus.Write(large, articles: 3000, sections: 4);
        var index = work.Combine("index");
        var built = await Support.Cli.RunAsync(work.Path, Support.Cli.Env(small.Path, index), null, "index");
        Assert.Equal(0, built.ExitCode);
        var committed = Read(index);

        // Act
        using (var child = ChildProcess.Start(work.Path, Support.Cli.Env(large.Path, index), "index"))
        {
            await child.WaitForLineAsync(l => l.Contains("/3000 articles", StringComparison.Ordinal), "the rebuild's first progress line");
            Assert.False(child.HasExited, "the rebuild finished before it could be killed; make the corpus larger");
            await child.KillAsync();
        }
        var afterKill = Read(index);
        var asked = await Support.Cli.RunAsync(work.Path, Support.Cli.Env(small.Path, index), null, "ask", "--format", "json", "what vector does gene therapy trial 7 use?");
        var rebuilt = await Support.Cli.RunAsync(work.Path, Support.Cli.Env(small.Path, index), null, "index");

        // Assert
        Assert.Equal(committed, afterKill);
        Assert.Equal(0, asked.ExitCode);
        Assert.DoesNotContain("Building the index", asked.Stderr, StringComparison.Ordinal);
        Assert.Contains("trial-7", asked.Stdout, StringComparison.Ordinal);
        Assert.Equal(0, rebuilt.ExitCode);
    }

    private static (string? Fingerprint, int Documents) Read(string path)
    {
        using var directory = FSDirectory.Open(path);
        var state = IndexState.Read(directory)!;
        return (state.Fingerprint, state.Documents);
    }
}
