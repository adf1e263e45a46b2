using GeneBot.Knowledge.Answers;
using GeneBot.Knowledge.Indexing;
using GeneBot.Knowledge.Tests.Support;

namespace GeneBot.Knowledge.Tests;

public sealed partial class KnowledgeBaseTests
{
    [Fact]
    public void A_rebuild_serves_the_new_corpus_once_it_has_committed()
    {
        // Arrange
        using var sut = CreateSut();
        WriteArticle("zebrafish", ZebrafishBody);
        var before = sut.Ask("zebrafish fins");

        // Act
        var report = sut.Rebuild();
        var after = sut.Ask("zebrafish fins");

        // Assert
        Assert.Equal(AnswerStatus.Abstained, before.Status);
        Assert.Equal(["zebrafish"], report.Added);
        Assert.Same(report, sut.LastReport);
        Assert.Equal(TestCorpus.ArticleCount + 1, sut.Corpus.Articles.Count);
        Assert.Equal("zebrafish", after.Citations[0].ArticleId);
    }

    [Fact]
    public void Questions_asked_during_a_rebuild_are_answered_from_the_previous_index()
    {
        // Arrange
        using var sut = CreateSut();
        WriteArticle("zebrafish", ZebrafishBody);
        var during = new List<Answer>();
        var progress = new CallbackProgress(() =>
        {
            during.Add(sut.Ask("zebrafish fins"));
            during.Add(sut.Ask("What is Imlygic?"));
        });

        // Act
        sut.Rebuild(progress);
        var after = sut.Ask("zebrafish fins");

        // Assert
        Assert.Equal([AnswerStatus.Abstained, AnswerStatus.Answered], during.Select(a => a.Status));
        Assert.Equal(AnswerStatus.Answered, after.Status);
    }

    private sealed class CallbackProgress(Action onReport) : IProgress<IndexProgress>
    {
        public void Report(IndexProgress value) => onReport();
    }

    [Fact]
    public async Task Asking_while_rebuilds_run_on_another_thread_always_gets_an_answer()
    {
        // Arrange
        using var sut = CreateSut();
        var answers = new List<AnswerStatus>();

        // Act
        var rebuilds = Task.Run(() =>
        {
            for (var i = 0; i < 3; i++)
                sut.Rebuild();
        });
        while (!rebuilds.IsCompleted || answers.Count < 20)
            answers.Add(sut.Ask("What is Imlygic?").Status);
        await rebuilds;

        // Assert
        Assert.All(answers, s => Assert.Equal(AnswerStatus.Answered, s));
    }

    [Fact]
    public void A_rebuild_picks_up_new_synonyms()
    {
        // Arrange
        using var sut = CreateSut();
        File.AppendAllText(Path.Combine(corpus, "synonyms.txt"), "tocilizumab, actemra\n");

        // Act
        var before = sut.Ask("actemra");
        sut.Rebuild();
        var after = sut.Ask("actemra");

        // Assert
        Assert.Equal(AnswerStatus.Abstained, before.Status);
        Assert.Equal("car-t-cell-therapy", after.Citations[0].ArticleId);
    }

    [Fact]
    public void A_cancelled_rebuild_throws_and_leaves_the_previous_commit_serving()
    {
        // Arrange
        using var sut = CreateSut();
        var served = sut.LastReport;
        WriteArticle("zebrafish", ZebrafishBody);
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        // Act
        Assert.ThrowsAny<OperationCanceledException>(() => sut.Rebuild(cancellationToken: cancellation.Token));

        // Assert
        Assert.Same(served, sut.LastReport);
        Assert.Equal(TestCorpus.ArticleCount, sut.Corpus.Articles.Count);
        Assert.Equal(AnswerStatus.Abstained, sut.Ask("zebrafish fins").Status);
        Assert.Equal(AnswerStatus.Answered, sut.Ask("What is Imlygic?").Status);
    }

    [Fact]
    public void A_rebuild_that_fails_while_writing_leaves_the_previous_commit_serving_and_stale_for_the_next_open()
    {
        // Arrange
        BuildOnce();
        using (var sut = CreateSut())
        {
            WriteArticle("zebrafish", ZebrafishBody);

            // Act
            Assert.Throws<InvalidOperationException>(() => sut.Rebuild(new RecordingProgress<IndexProgress>(fail: true)));
            sut.Searcher.Refresh();

            // Assert
            Assert.Equal(AnswerStatus.Abstained, sut.Ask("zebrafish fins").Status);
            Assert.Equal(AnswerStatus.Answered, sut.Ask("What is Imlygic?").Status);
        }

        using var reopened = CreateSut();
        Assert.Equal(["the corpus or analysis settings changed"], rebuildReasons);
        Assert.Equal("zebrafish", reopened.Ask("zebrafish fins").Citations[0].ArticleId);
    }

    [Fact]
    public void A_rebuild_whose_corpus_folder_vanished_throws_and_keeps_serving()
    {
        // Arrange
        using var sut = CreateSut();
        Directory.Move(corpus, corpus + "-moved");

        // Act
        Assert.Throws<DirectoryNotFoundException>(() => sut.Rebuild());

        // Assert
        Assert.Equal(AnswerStatus.Answered, sut.Ask("What is Imlygic?").Status);
        Assert.Equal(TestCorpus.ArticleCount, sut.Corpus.Articles.Count);
    }
}
