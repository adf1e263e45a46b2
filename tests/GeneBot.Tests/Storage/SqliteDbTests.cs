using GeneBot.Storage;
using GeneBot.Tests.Support;

namespace GeneBot.Tests.Storage;

/// <summary>What only the SQLite store does: the file and its folder, WAL mode, the same migrations as PostgreSQL in its dialect.</summary>
public sealed class SqliteDbTests
{
    [Fact]
    public void Opening_a_new_file_creates_it_with_its_folder_in_wal_mode()
    {
        // Arrange
        using var folder = new TempDirectory();

        // Act
        using var sut = SqliteDb.Open(folder.Combine("sub", "genebot.db"));

        // Assert
        Assert.Equal("wal", sut.Read(c => GeneBotDb.Scalar(c, null, "PRAGMA journal_mode") as string));
        Assert.True(File.Exists(folder.Combine("sub", "genebot.db")));
    }

    [Fact]
    public void Both_providers_have_the_same_numbered_migrations_differing_only_in_dialect()
    {
        // Assert
        Assert.Equal(Migrations.Sqlite.Count, Migrations.Postgres.Count);
        Assert.Contains("AUTOINCREMENT", Migrations.Sqlite[0], StringComparison.Ordinal);
        Assert.Contains("GENERATED ALWAYS AS IDENTITY", Migrations.Postgres[0], StringComparison.Ordinal);
    }
}
