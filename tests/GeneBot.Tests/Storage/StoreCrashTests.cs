using GeneBot.Storage;
using GeneBot.Tests.Support;

namespace GeneBot.Tests.Storage;

/// <summary>A real genebot process killed while it writes FAQ edits loses none that it reported committed.</summary>
public sealed class StoreCrashTests
{
    [Fact]
    public async Task A_process_killed_while_writing_faq_edits_loses_no_committed_edit()
    {
        // Arrange
        using var work = new TempDirectory();
        var env = Support.Cli.Env(Repo.Corpus, work.Combine("index"));
        env["Storage__Path"] = work.Combine("genebot.db");
        env["Corpus__ReindexCooldown"] = "00:00:00";
        using var child = ChildProcess.Start(work.Path, env, "chat");
        var committed = new List<string>();
        var sent = 0;

        // Act: keep several edits in flight, note each one the process reports done, kill it mid-stream.
        for (; sent < 8; sent++)
            await child.WriteLineAsync(Add(sent));
        await child.FlushAsync();
        while (committed.Count < 25)
        {
            var line = await child.WaitForLineAsync(l => l.Contains("Added the FAQ entry 'crash-", StringComparison.Ordinal), $"edit {committed.Count}");
            committed.Add(line[(line.IndexOf("'crash-", StringComparison.Ordinal) + 1)..line.IndexOf("'.", StringComparison.Ordinal)]);
            await child.WriteLineAsync(Add(sent++));
            await child.FlushAsync();
        }
        await child.KillAsync();

        // Assert
        using var db = SqliteDb.Open(work.Combine("genebot.db"));
        Assert.Equal("ok", db.Read(c => GeneBotDb.Scalar(c, null, "PRAGMA integrity_check") as string));
        var stored = new FaqStore(db).Overrides().Select(o => o.Key).ToHashSet();
        Assert.All(committed, key => Assert.Contains(key, stored));
        Assert.All(stored, key => Assert.Single(new FaqStore(db).History(key)));
        Assert.True(sent > committed.Count, "edits were still in flight when the process was killed");
    }

    private static string Add(int i) => $"/faq add crash-{i} | Crash entry {i}? | what-is-gene-therapy | Entry {i}, written before the crash.";
}
