using GeneBot.Chat;
using GeneBot.Features.Feedback;
using GeneBot.Storage;
using Microsoft.Extensions.Time.Testing;

namespace GeneBot.Tests.Support;

/// <summary>A real SQLite store in a temp folder, on a fake clock, with the chat services over it.</summary>
public sealed class TestStore : IDisposable
{
    private readonly TempDirectory folder = new();

    public TestStore() => Db = GeneBotDb.Open(Path);

    public string Path => folder.Combine("genebot.db");
    public GeneBotDb Db { get; }
    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 26, 12, 0, 0, TimeSpan.Zero));
    public UserIdHasher Users { get; } = new("test-salt");
    public SqliteFaqStore Faqs => new(Db);
    public SqliteAnswerLog Answers => new(Db);

    public ChatServices Services() => new(Faqs, Answers, new AnswerRecorder(Answers, Users, Time), Users, Time);

    public void Dispose()
    {
        Db.Dispose();
        folder.Dispose();
    }
}
