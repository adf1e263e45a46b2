using System.Diagnostics.Metrics;
using GeneBot.Chat;
using GeneBot.Discord.Testing;
using GeneBot.Features.Admin;
using GeneBot.Knowledge.Answers;
using GeneBot.Telemetry;
using GeneBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace GeneBot.Tests.Telemetry;

/// <summary>The "GeneBot" meter records what happens to questions through the chat layer, and reindex durations.</summary>
public sealed class GeneBotMetricsTests(BundledKnowledge bundled) : IClassFixture<BundledKnowledge>, IDisposable
{
    private readonly ServiceProvider services = new ServiceCollection().AddGeneBotMetrics().BuildServiceProvider();
    private readonly TestStore store = new();

    private GeneBotMetrics Metrics => services.GetRequiredService<GeneBotMetrics>();

    private ChatRouter Router() => ChatSetup.CreateRouter(bundled.Knowledge, services: store.Services() with { Metrics = Metrics });

    [Fact]
    public void An_answered_question_is_counted_by_status_and_triage_with_its_latency()
    {
        // Arrange
        using var recorder = new MeasurementRecorder(Metrics.Meter);

        // Act
        var reply = Router().Handle(new ChatRequest("are oncolytic viruses safe?", "user-1", "place-1"));

        // Assert
        Assert.Equal(AnswerStatus.Answered, reply.Answer!.Status);
        var question = Assert.Single(recorder.Of("genebot.questions"));
        Assert.Equal(1, question.Value);
        Assert.Equal("answered", question.Tag("status"));
        Assert.Equal("informational", question.Tag("triage"));
        var latency = Assert.Single(recorder.Of("genebot.answer.latency"));
        Assert.Equal("ms", latency.Unit);
        Assert.Equal("answered", latency.Tag("status"));
        Assert.True(latency.Value > 0);
        Assert.Empty(recorder.Of("genebot.abstentions"));
    }

    [Fact]
    public void An_abstained_question_is_counted_as_an_abstention()
    {
        // Arrange
        using var recorder = new MeasurementRecorder(Metrics.Meter);

        // Act
        var reply = Router().Handle(new ChatRequest("which pizza topping wins the world championship in naples?", "user-2", "place-1"));

        // Assert
        Assert.Equal(AnswerStatus.Abstained, reply.Answer!.Status);
        Assert.Equal("abstained", Assert.Single(recorder.Of("genebot.questions")).Tag("status"));
        Assert.Equal(1, Assert.Single(recorder.Of("genebot.abstentions")).Value);
        Assert.Equal("abstained", Assert.Single(recorder.Of("genebot.answer.latency")).Tag("status"));
    }

    [Fact]
    public void Commands_are_not_counted_as_questions()
    {
        // Arrange
        using var recorder = new MeasurementRecorder(Metrics.Meter);

        // Act
        Router().Handle(new ChatRequest("/help", "user-3", "place-1"));

        // Assert
        Assert.Empty(recorder.All);
    }

    [Fact]
    public async Task A_reindex_records_its_duration_in_seconds()
    {
        // Arrange
        using var index = new TempDirectory();
        using var knowledge = GeneBot.Knowledge.KnowledgeBase.Open(new GeneBot.Knowledge.KnowledgeOptions { CorpusPath = Repo.Corpus, IndexPath = index.Combine("index") });
        using var recorder = new MeasurementRecorder(Metrics.Meter);
        var queue = new ReindexQueue(knowledge, new CorpusOptions(), TimeProvider.System, NullLogger<ReindexQueue>.Instance, Metrics);

        // Act
        await queue.Request(force: true).Report!.WaitAsync(TimeSpan.FromMinutes(2));

        // Assert
        var duration = await recorder.WaitForAsync("genebot.reindex.duration");
        Assert.Equal("s", duration.Unit);
        Assert.Equal("ok", duration.Tag("result"));
        Assert.True(duration.Value > 0);
    }

    public void Dispose()
    {
        store.Dispose();
        services.Dispose();
    }
}
