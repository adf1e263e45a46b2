using GeneBot.Chat;
using GeneBot.Features.Feedback;
using GeneBot.Knowledge.Answers;
using GeneBot.Storage;
using GeneBot.Tests.Support;
using Npgsql;

namespace GeneBot.Tests.Features.Feedback;

/// <summary>The store is secondary to answering: a database that is down costs the feedback buttons, not the answer.</summary>
public sealed class StoreOutageTests(BundledKnowledge bundled) : IClassFixture<BundledKnowledge>, IDisposable
{
    private readonly TestStore store = new();

    /// <summary>An answer log whose database is unreachable, as Npgsql reports it.</summary>
    private sealed class UnreachableLog : IAnswerLog
    {
        public int Attempts { get; private set; }

        public void Record(AnswerRecord answer)
        {
            Attempts++;
            throw new NpgsqlException("Failed to connect to 127.0.0.1:5432");
        }

        public int Purge(DateTimeOffset before) => throw new NpgsqlException("Failed to connect to 127.0.0.1:5432");
    }

    [Fact]
    public void With_the_database_down_a_question_is_still_answered_without_an_answer_id()
    {
        // Arrange
        var log = new UnreachableLog();
        var services = new ChatServices(store.Faqs, store.Answers, new AnswerRecorder(log, store.Users, store.Time), store.Users, store.Time);
        var sut = ChatSetup.CreateRouter(bundled.Knowledge, services: services);

        // Act
        var reply = sut.Handle(new ChatRequest("what is car-t cell therapy?", "1200000000000000004", "place-1"));

        // Assert
        Assert.Equal(1, log.Attempts);
        Assert.Equal(AnswerStatus.Answered, reply.Answer?.Status);
        Assert.NotEmpty(reply.Answer!.Citations);
        Assert.Null(reply.AnswerId);
    }

    [Fact]
    public void After_two_failures_the_store_is_skipped_at_once_for_the_break_and_then_tried_again()
    {
        // Arrange
        var log = new UnreachableLog();
        var sut = new AnswerRecorder(log, store.Users, store.Time, new StoreBreaker(store.Time));
        var request = new ChatRequest("what is car-t?", "1200000000000000004", "place-1");

        // Act
        var ids = Enumerable.Range(0, 5).Select(_ => sut.Record(request, AnswerOutcome.Answered)).ToList();
        var attemptsWhileBroken = log.Attempts;
        store.Time.Advance(StoreBreaker.BreakDuration + TimeSpan.FromSeconds(1));
        ids.Add(sut.Record(request, AnswerOutcome.Answered));

        // Assert
        Assert.All(ids, Assert.Null);
        Assert.Equal(2, attemptsWhileBroken);
        Assert.Equal(3, log.Attempts);
    }

    [Fact]
    public void With_the_database_up_the_same_question_gets_an_answer_id()
    {
        // Arrange
        var sut = ChatSetup.CreateRouter(bundled.Knowledge, services: store.Services());

        // Act
        var reply = sut.Handle(new ChatRequest("what is car-t cell therapy?", "1200000000000000004", "place-1"));

        // Assert
        Assert.Equal(AnswerStatus.Answered, reply.Answer?.Status);
        Assert.NotNull(reply.AnswerId);
    }

    public void Dispose() => store.Dispose();
}
