using GeneBot.Chat;
using GeneBot.Features.Feedback;
using GeneBot.Storage;
using Microsoft.Extensions.Time.Testing;

namespace GeneBot.Tests.Support;

/// <summary>A real store (SQLite in a temp folder unless given another <see cref="TestDatabase"/>), on a fake clock, with the chat services over it.</summary>
public sealed class TestStore : IDisposable
{
    public TestStore(TestDatabase? database = null)
    {
        Database = database ?? new SqliteTestDatabase();
        Db = Database.Open();
    }

    public TestDatabase Database { get; }
    public GeneBotDb Db { get; }
    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 26, 12, 0, 0, TimeSpan.Zero));
    public UserIdHasher Users { get; } = new("test-salt");
    public FaqStore Faqs => new(Db);
    public AnswerLog Answers => new(Db);

    public ChatServices Services() => new(Faqs, Answers, new AnswerRecorder(Answers, Users, Time), Users, Time);

    public void Dispose()
    {
        Db.Dispose();
        Database.Dispose();
    }
}
