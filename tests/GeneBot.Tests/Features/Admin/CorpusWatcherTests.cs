using GeneBot.Features.Admin;
using GeneBot.Knowledge;
using GeneBot.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace GeneBot.Tests.Features.Admin;

public sealed class CorpusWatcherTests
{
    [Fact]
    public async Task With_watch_on_a_burst_of_changes_is_rebuilt_once_the_corpus_is_quiet()
    {
        // Arrange
        using var corpus = new TempDirectory();
        using var index = new TempDirectory();
        GeneratedCorpus.Write(corpus, articles: 3);
        using var knowledge = KnowledgeBase.Open(new KnowledgeOptions { CorpusPath = corpus.Path, IndexPath = index.Combine("index") });
        var time = new FakeTimeProvider(DateTimeOffset.UnixEpoch);
        var options = new CorpusOptions { Watch = true, WatchDebounce = TimeSpan.FromSeconds(5) };
        var queue = new ReindexQueue(knowledge, options, time, NullLogger<ReindexQueue>.Instance);
        using var sut = new CorpusWatcher(queue, knowledge, Options.Create(options), time, NullLogger<CorpusWatcher>.Instance);
        await sut.StartAsync(CancellationToken.None);

        // Act
        GeneratedCorpus.Write(corpus, articles: 2, from: 3);
        sut.Touch();
        sut.Touch();
        await Timeouts.UntilAsync(() =>
        {
            time.Advance(TimeSpan.FromSeconds(1));
            return knowledge.Corpus.Articles.Count == 5;
        }, "the watch-triggered rebuild");
        await sut.StopAsync(CancellationToken.None);

        // Assert
        Assert.Equal(["trial-3", "trial-4"], knowledge.LastReport!.Added);
    }

    [Fact]
    public async Task With_watch_off_nothing_is_watched()
    {
        // Arrange
        using var corpus = new TempDirectory();
        using var index = new TempDirectory();
        GeneratedCorpus.Write(corpus, articles: 1);
        using var knowledge = KnowledgeBase.Open(new KnowledgeOptions { CorpusPath = corpus.Path, IndexPath = index.Combine("index") });
        var options = new CorpusOptions();
        var queue = new ReindexQueue(knowledge, options, TimeProvider.System, NullLogger<ReindexQueue>.Instance);
        using var sut = new CorpusWatcher(queue, knowledge, Options.Create(options), TimeProvider.System, NullLogger<CorpusWatcher>.Instance);

        // Act
        await sut.StartAsync(CancellationToken.None);
        await sut.ExecuteTask!.WaitAsync(Timeouts.Wait);

        // Assert
        Assert.False(options.Watch);
        Assert.True(sut.ExecuteTask.IsCompletedSuccessfully);
    }
}
