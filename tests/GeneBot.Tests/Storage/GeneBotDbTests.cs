using GeneBot.Storage;
using GeneBot.Tests.Support;

namespace GeneBot.Tests.Storage;

public sealed class GeneBotDbTests
{
    [Fact]
    public void Opening_a_new_file_creates_the_schema_in_wal_mode()
    {
        // Arrange
        using var folder = new TempDirectory();

        // Act
        using var sut = GeneBotDb.Open(folder.Combine("sub", "genebot.db"));

        // Assert
        Assert.Equal(Migrations.Latest, sut.SchemaVersion);
        Assert.Equal("wal", sut.Read(c => GeneBotDb.Scalar(c, null, "PRAGMA journal_mode") as string));
        Assert.True(File.Exists(folder.Combine("sub", "genebot.db")));
    }

    [Fact]
    public void Reopening_keeps_the_data_and_applies_no_migration_twice()
    {
        // Arrange
        using var folder = new TempDirectory();
        var path = folder.Combine("genebot.db");
        using (var first = GeneBotDb.Open(path))
            first.Write((c, t) => GeneBotDb.Execute(c, t, "INSERT INTO meta(key, value) VALUES('k', $v)", ("$v", "kept")));

        // Act
        using var sut = GeneBotDb.Open(path);

        // Assert
        Assert.Equal("kept", sut.Read(c => GeneBotDb.Scalar(c, null, "SELECT value FROM meta WHERE key = 'k'") as string));
        Assert.Equal(Migrations.Latest, sut.SchemaVersion);
    }

    [Fact]
    public void A_database_from_a_newer_genebot_is_refused()
    {
        // Arrange
        using var folder = new TempDirectory();
        var path = folder.Combine("genebot.db");
        using (var db = GeneBotDb.Open(path))
            db.Write((c, t) => GeneBotDb.Execute(c, t, $"PRAGMA user_version = {Migrations.Latest + 1}"));

        // Act
        var error = Assert.Throws<InvalidOperationException>(() => GeneBotDb.Open(path));

        // Assert
        Assert.Contains("newer", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_that_looks_like_sql_is_stored_as_text()
    {
        // Arrange
        using var store = new TestStore();
        const string hostile = "x'); DROP TABLE faq_entries; --";

        // Act
        store.Db.Write((c, t) => GeneBotDb.Execute(c, t, "INSERT INTO meta(key, value) VALUES($k, $v)", ("$k", "q"), ("$v", hostile)));

        // Assert
        Assert.Equal(hostile, store.Db.Read(c => GeneBotDb.Scalar(c, null, "SELECT value FROM meta WHERE key = 'q'") as string));
        Assert.Empty(store.Faqs.Overrides());
    }

    [Fact]
    public void The_generated_user_salt_is_kept_so_hashes_survive_a_restart()
    {
        // Arrange
        using var store = new TestStore();

        // Act
        var first = UserIdHasher.For(store.Db, configuredSalt: null).Hash("1200000000000000004");
        var second = UserIdHasher.For(store.Db, configuredSalt: null).Hash("1200000000000000004");

        // Assert
        Assert.Equal(first, second);
        Assert.DoesNotContain("1200000000000000004", first, StringComparison.Ordinal);
        Assert.NotEqual(first, new UserIdHasher("other").Hash("1200000000000000004"));
    }
}
