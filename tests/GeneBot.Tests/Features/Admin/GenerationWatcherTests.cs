using GeneBot.Features.Admin;
using GeneBot.Knowledge;
using GeneBot.Storage;
using GeneBot.Tests.Support;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace GeneBot.Tests.Features.Admin;

/// <summary>The poll of the store's corpus generation, on a fake clock.</summary>
public sealed class GenerationWatcherTests
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task A_store_that_cannot_be_reached_is_logged_and_polled_again_until_the_rebuild_follows()
    {
        // Arrange
        using var corpus = new TempDirectory();
        using var index = new TempDirectory();
        GeneratedCorpus.Write(corpus, articles: 3);
        using var knowledge = KnowledgeBase.Open(new KnowledgeOptions { CorpusPath = corpus.Path, IndexPath = index.Combine("index") });
        var time = new FakeTimeProvider(DateTimeOffset.UnixEpoch);
        var logs = new CapturingLoggerProvider();
        using var factory = LoggerFactory.Create(b => b.AddProvider(logs));
        var served = new ServedGeneration(new FlakyGeneration(failures: 2, generation: 1), factory.CreateLogger<ServedGeneration>());
        served.Served(0);
        var queue = new ReindexQueue(knowledge, new CorpusOptions(), time, NullLogger<ReindexQueue>.Instance, generation: served);
        using var sut = new GenerationWatcher(served, queue, Options.Create(new StorageOptions { GenerationPollInterval = Interval }), time,
            NullLogger<GenerationWatcher>.Instance);
        await sut.StartAsync(CancellationToken.None);

        // Act
        for (var poll = 1; poll <= 2; poll++)
        {
            time.Advance(Interval);
            await Timeouts.UntilAsync(() => Unreadable(logs) == poll, $"failed poll {poll} to be logged");
        }
        time.Advance(Interval);
        await Timeouts.UntilAsync(() => served.Current == 1, "the rebuild for generation 1");

        // Assert
        Assert.False(sut.ExecuteTask!.IsCompleted);
        await sut.StopAsync(CancellationToken.None);
        Assert.Equal(2, Unreadable(logs));
    }

    [Fact]
    public async Task A_process_already_serving_the_store_generation_does_not_rebuild()
    {
        // Arrange
        using var store = new TestStore();
        var generation = new CorpusGeneration(store.Db);
        generation.Advance();
        var served = new ServedGeneration(generation, NullLogger<ServedGeneration>.Instance);
        served.Served(1);
        using var corpus = new TempDirectory();
        using var index = new TempDirectory();
        GeneratedCorpus.Write(corpus, articles: 1);
        using var knowledge = KnowledgeBase.Open(new KnowledgeOptions { CorpusPath = corpus.Path, IndexPath = index.Combine("index") });
        var queue = new ReindexQueue(knowledge, new CorpusOptions(), store.Time, NullLogger<ReindexQueue>.Instance, generation: served);
        using var sut = new GenerationWatcher(served, queue, Options.Create(new StorageOptions()), store.Time, NullLogger<GenerationWatcher>.Instance);

        // Act
        var first = await sut.PollOnceAsync();
        generation.Advance();
        var second = await sut.PollOnceAsync();

        // Assert
        Assert.False(first);
        Assert.True(second);
        Assert.Equal(2L, served.Current);
        Assert.Equal(2L, generation.Current());
    }

    private static int Unreadable(CapturingLoggerProvider logs) =>
        logs.Lines.Count(l => l.Contains("Could not read the corpus generation", StringComparison.Ordinal));
}
