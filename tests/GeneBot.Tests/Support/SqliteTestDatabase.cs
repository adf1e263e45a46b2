using GeneBot.Storage;

namespace GeneBot.Tests.Support;

/// <summary>A SQLite file in a temp folder.</summary>
public sealed class SqliteTestDatabase : TestDatabase
{
    private readonly TempDirectory folder = new();

    public string Path => folder.Combine("genebot.db");

    public override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Storage:Provider"] = StorageOptions.Sqlite,
        ["Storage:Path"] = Path,
    };

    public override GeneBotDb Open() => SqliteDb.Open(Path);

    public override void Dispose() => folder.Dispose();
}
