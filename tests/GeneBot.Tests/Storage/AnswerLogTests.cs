using GeneBot.Storage;
using GeneBot.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace GeneBot.Tests.Storage;

/// <summary>Answers, feedback, stats and the retention purge, on each provider.</summary>
public abstract class AnswerLogTests
{
    protected abstract TestDatabase CreateDatabase();

    [StoreFact]
    public void Only_abstained_questions_keep_their_text()
    {
        // Arrange
        using var store = new TestStore(CreateDatabase());
        var sut = store.Answers;

        // Act
        sut.Record(new AnswerRecord("a1", store.Time.GetUtcNow(), AnswerOutcome.Answered, "u1", AbstainedQuestion: "what is car-t?"));
        sut.Record(new AnswerRecord("a2", store.Time.GetUtcNow(), AnswerOutcome.Abstained, "u1", AbstainedQuestion: "Is  KALE a cure?"));

        // Assert
        var texts = store.Db.Read(c => GeneBotDb.Rows(c, "SELECT question, normalized FROM unanswered", r => (r.GetString(0), r.GetString(1))));
        Assert.Equal([("Is  KALE a cure?", "is kale a cure")], texts);
    }

    [StoreFact]
    public void Stats_count_outcomes_votes_and_group_unanswered_questions_by_normalised_text()
    {
        // Arrange
        using var store = new TestStore(CreateDatabase());
        var sut = store.Answers;
        var now = store.Time.GetUtcNow();
        sut.Record(new AnswerRecord("a1", now, AnswerOutcome.Answered, "u1"));
        sut.Record(new AnswerRecord("a2", now, AnswerOutcome.Answered, "u2"));
        sut.Record(new AnswerRecord("b1", now, AnswerOutcome.Abstained, "u1", AbstainedQuestion: "Is kale a cure?"));
        sut.Record(new AnswerRecord("b2", now, AnswerOutcome.Abstained, "u2", AbstainedQuestion: "is KALE a cure"));
        sut.Record(new AnswerRecord("b3", now, AnswerOutcome.Abstained, "u3", AbstainedQuestion: "what about mistletoe"));
        sut.Record(new AnswerRecord("f1", now, AnswerOutcome.Faq, "u3", FaqKey: "what-is-car-t"));
        sut.Vote("a1", "u1", 1, null, now);
        sut.Vote("a2", "u2", -1, "too vague", now);
        sut.Vote("a2", "u3", 1, null, now);

        // Act
        var report = sut.Stats(now - TimeSpan.FromDays(7));

        // Assert
        Assert.Equal((2, 3, 2, 1), (report.Answered, report.Abstained, report.ThumbsUp, report.ThumbsDown));
        Assert.Equal(new CountedItem("is kale a cure", 2), report.TopUnanswered[0]);
        Assert.Equal([new CountedItem("what-is-car-t", 1)], report.TopFaqs);
    }

    [StoreFact]
    public void A_vote_on_an_unknown_answer_is_refused_and_a_second_vote_replaces_the_first()
    {
        // Arrange
        using var store = new TestStore(CreateDatabase());
        var sut = store.Answers;
        var now = store.Time.GetUtcNow();
        sut.Record(new AnswerRecord("a1", now, AnswerOutcome.Answered, "u1"));

        // Act
        var unknown = sut.Vote("nope", "u1", 1, null, now);
        sut.Vote("a1", "u1", 1, null, now);
        sut.Vote("a1", "u1", -1, "changed my mind", now);

        // Assert
        Assert.False(unknown);
        var report = sut.Stats(now - TimeSpan.FromDays(1));
        Assert.Equal((0, 1), (report.ThumbsUp, report.ThumbsDown));
    }

    [StoreFact]
    public async Task The_daily_purge_deletes_question_text_and_reasons_older_than_the_retention_period()
    {
        // Arrange
        using var store = new TestStore(CreateDatabase());
        var log = store.Answers;
        var start = store.Time.GetUtcNow();
        log.Record(new AnswerRecord("old", start, AnswerOutcome.Abstained, "u1", AbstainedQuestion: "old question"));
        log.Vote("old", "u1", -1, "old reason", start);
        var options = Options.Create(new StorageOptions { RetentionDays = 30 });
        log.Record(new AnswerRecord("new", start + TimeSpan.FromDays(20), AnswerOutcome.Abstained, "u2", AbstainedQuestion: "new question"));
        using var sut = new RetentionPurge(log, options, store.Time, NullLogger<RetentionPurge>.Instance);
        // The first purge runs at start (nothing is old yet); the loop then waits a day on the fake clock.
        await sut.StartAsync(CancellationToken.None);

        // Act
        store.Time.Advance(TimeSpan.FromDays(31));
        await Timeouts.UntilAsync(() => Questions(store).Count == 1, "the purge after 31 days");
        await sut.StopAsync(CancellationToken.None);

        // Assert
        Assert.Equal(["new question"], Questions(store));
        Assert.Null(store.Db.Read(c => GeneBotDb.Scalar(c, null, "SELECT reason FROM feedback WHERE answer_id = 'old'")) as string);
        Assert.Equal(2, log.Stats(start - TimeSpan.FromDays(1)).Abstained);
    }

    private static List<string> Questions(TestStore store) =>
        store.Db.Read(c => GeneBotDb.Rows(c, "SELECT question FROM unanswered ORDER BY at", r => r.GetString(0)));
}

public sealed class SqliteAnswerLogTests : AnswerLogTests
{
    protected override TestDatabase CreateDatabase() => new SqliteTestDatabase();
}

public sealed class PostgresAnswerLogTests : AnswerLogTests, IUsesPostgres
{
    protected override TestDatabase CreateDatabase() => new PostgresTestDatabase();
}
