using GeneBot.Chat;
using GeneBot.Features.Admin;
using GeneBot.Knowledge;
using GeneBot.Knowledge.Answers;
using GeneBot.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace GeneBot.Tests.Features.Admin;

/// <summary>Rebuilds while serving: one at a time, requests coalesced, a cooldown, and answers throughout.</summary>
public sealed class ReindexQueueTests
{
    private static ReindexQueue CreateSut(KnowledgeBase knowledge, TimeProvider? time = null, TimeSpan? cooldown = null) =>
        new(knowledge, new CorpusOptions { ReindexCooldown = cooldown ?? TimeSpan.Zero }, time ?? TimeProvider.System, NullLogger<ReindexQueue>.Instance);

    private static KnowledgeBase Open(TempDirectory corpus, TempDirectory index) =>
        KnowledgeBase.Open(new KnowledgeOptions { CorpusPath = corpus.Path, IndexPath = index.Combine("index") });

    [Fact]
    public async Task Requests_while_a_rebuild_runs_coalesce_into_one_more_rebuild()
    {
        // Arrange
        using var corpus = new TempDirectory();
        using var index = new TempDirectory();
        GeneratedCorpus.Write(corpus, articles: 300);
        using var knowledge = Open(corpus, index);
        var sut = CreateSut(knowledge);

        // Act
        var first = sut.Request();
        var joined = Enumerable.Range(0, 5).Select(_ => sut.Request()).ToArray();
        await Task.WhenAll([first.Report!, .. joined.Select(j => j.Report!)]).WaitAsync(Timeouts.Wait * 4);

        // Assert
        Assert.False(first.Coalesced);
        Assert.All(joined, j => Assert.True(j.Coalesced));
        Assert.Single(joined.Select(j => (object)j.Report!).Distinct());
        Assert.NotSame(first.Report, joined[0].Report);
    }

    [Fact]
    public async Task A_request_within_the_cooldown_is_refused_with_the_time_left()
    {
        // Arrange
        using var corpus = new TempDirectory();
        using var index = new TempDirectory();
        GeneratedCorpus.Write(corpus, articles: 3);
        using var knowledge = Open(corpus, index);
        var time = new FakeTimeProvider(DateTimeOffset.UnixEpoch);
        var sut = CreateSut(knowledge, time, TimeSpan.FromMinutes(1));
        await sut.Request().Report!.WaitAsync(Timeouts.Wait);
        await Timeouts.UntilAsync(() => !sut.Status.Running, "the queue to go idle");

        // Act
        time.Advance(TimeSpan.FromSeconds(20));
        var refused = sut.Request();
        var forced = sut.Request(force: true);
        await forced.Report!.WaitAsync(Timeouts.Wait);
        await Timeouts.UntilAsync(() => !sut.Status.Running, "the queue to go idle");
        time.Advance(TimeSpan.FromMinutes(1));
        var later = sut.Request();

        // Assert
        Assert.True(refused.Refused);
        Assert.Equal(TimeSpan.FromSeconds(40), refused.RetryAfter);
        Assert.False(forced.Refused);
        Assert.False(later.Refused);
        await later.Report!.WaitAsync(Timeouts.Wait);
    }

    [Fact]
    public async Task Questions_keep_being_answered_during_a_rebuild_of_a_large_corpus()
    {
        // Arrange
        using var corpus = new TempDirectory();
        using var index = new TempDirectory();
        GeneratedCorpus.Write(corpus, articles: 600, sections: 6, variant: "a");
        using var knowledge = Open(corpus, index);
        var router = ChatSetup.CreateRouter(knowledge);
        var sut = CreateSut(knowledge);
        GeneratedCorpus.Write(corpus, articles: 600, sections: 6, variant: "b");
        GeneratedCorpus.Write(corpus, articles: 50, sections: 6, variant: "b", from: 600);

        // Act
        var ticket = sut.Request();
        var answers = new List<Answer>();
        var failures = new List<Exception>();
        var n = 0;
        while (!ticket.Report!.IsCompleted)
        {
            try
            {
                answers.Add(router.Handle(new ChatRequest($"what vector does gene therapy trial {n++ % 600} use?", "u", "p")).Answer!);
            }
            catch (Exception ex)
            {
                failures.Add(ex);
            }
        }
        var report = await ticket.Report.WaitAsync(Timeouts.Wait);

        // Assert
        Assert.Empty(failures);
        Assert.True(answers.Count >= 3, $"only {answers.Count} questions were asked during the rebuild");
        Assert.All(answers, a => Assert.False(string.IsNullOrWhiteSpace(a.Text)));
        Assert.Contains(answers, a => a.Status == AnswerStatus.Answered);
        Assert.True(report.Passages >= 3600, $"{report.Passages} passages");
        Assert.Equal(50, report.Added.Count);
        Assert.Equal(600, report.Changed.Count);
        Assert.Equal(650, knowledge.Corpus.Articles.Count);
    }

    [Fact]
    public async Task A_corpus_with_a_broken_file_reindexes_the_rest_and_names_the_file()
    {
        // Arrange
        using var corpus = new TempDirectory();
        using var index = new TempDirectory();
        GeneratedCorpus.Write(corpus, articles: 5);
        using var knowledge = Open(corpus, index);
        var sut = CreateSut(knowledge);
        corpus.Write("articles/broken.md", "---\nid: broken\ntitle: [unclosed\n---\n\n## A\n\nText.\n");
        File.Delete(corpus.Combine("articles", "trial-0.md"));
        GeneratedCorpus.Write(corpus, articles: 1, from: 5);

        // Act
        var report = await sut.Request().Report!.WaitAsync(Timeouts.Wait);
        var text = ReindexReportText.Render(report);

        // Assert
        Assert.Equal(5, report.Articles);
        Assert.Equal(["trial-5"], report.Added);
        Assert.Equal(["trial-0"], report.Removed);
        var error = Assert.Single(report.Errors);
        Assert.EndsWith("broken.md", error.Path, StringComparison.Ordinal);
        Assert.Contains($"{error.Path}:{error.Line}: ", text, StringComparison.Ordinal);
        Assert.Contains("Added: trial-5", text, StringComparison.Ordinal);
        Assert.Contains("Removed: trial-0", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failed_rebuild_changes_nothing_that_is_served()
    {
        // Arrange
        using var corpus = new TempDirectory();
        using var index = new TempDirectory();
        GeneratedCorpus.Write(corpus, articles: 5);
        using var knowledge = Open(corpus, index);
        var sut = CreateSut(knowledge);
        var before = knowledge.Ask("what vector does gene therapy trial 3 use?");
        Directory.Move(corpus.Path, corpus.Path + "-gone");

        // Act
        var failed = await Assert.ThrowsAnyAsync<Exception>(() => sut.Request().Report!.WaitAsync(Timeouts.Wait));
        Directory.Move(corpus.Path + "-gone", corpus.Path);
        var after = knowledge.Ask("what vector does gene therapy trial 3 use?");

        // Assert
        Assert.IsType<DirectoryNotFoundException>(failed);
        Assert.Equal(before.Text, after.Text);
        Assert.Equal(5, knowledge.Corpus.Articles.Count);
    }
}
