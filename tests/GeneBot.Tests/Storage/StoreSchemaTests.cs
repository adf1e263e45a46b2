using GeneBot.Storage;
using GeneBot.Tests.Support;

namespace GeneBot.Tests.Storage;

/// <summary>Migrations, restarts and parameterised SQL, on each provider (the subclasses below pick the database).</summary>
public abstract class StoreSchemaTests
{
    protected abstract TestDatabase CreateDatabase();

    [StoreFact]
    public void Opening_a_new_store_creates_the_latest_schema()
    {
        // Arrange
        using var database = CreateDatabase();

        // Act
        using var sut = database.Open();

        // Assert
        Assert.Equal(sut.LatestVersion, sut.SchemaVersion);
        Assert.Equal(0L, new CorpusGeneration(sut).Current());
    }

    [StoreFact]
    public void Reopening_keeps_the_data_and_applies_no_migration_twice()
    {
        // Arrange
        using var database = CreateDatabase();
        using (var first = database.Open())
            first.Write((c, t) => GeneBotDb.Execute(c, t, "INSERT INTO meta(key, value) VALUES('k', @v)", ("@v", "kept")));

        // Act
        using var sut = database.Open();

        // Assert
        Assert.Equal("kept", sut.Read(c => GeneBotDb.Scalar(c, null, "SELECT value FROM meta WHERE key = 'k'") as string));
        Assert.Equal(sut.LatestVersion, sut.SchemaVersion);
    }

    [StoreFact]
    public async Task Processes_opening_a_new_store_together_migrate_it_once()
    {
        // Arrange
        using var database = CreateDatabase();

        // Act
        var opened = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(database.Open)));

        // Assert
        try
        {
            Assert.All(opened, db => Assert.Equal(db.LatestVersion, db.SchemaVersion));
            Assert.Equal(1L, opened[0].Read(c => Convert.ToInt64(GeneBotDb.Scalar(c, null, "SELECT COUNT(*) FROM corpus_generation"))));
        }
        finally
        {
            foreach (var db in opened)
                db.Dispose();
        }
    }

    [StoreFact]
    public void A_store_from_a_newer_genebot_is_refused()
    {
        // Arrange
        using var database = CreateDatabase();
        using (var db = database.Open())
            db.Write((c, t) => db.RecordSchemaVersion(c, t, db.LatestVersion + 1));

        // Act
        var error = Assert.Throws<InvalidOperationException>(() => database.Open());

        // Assert
        Assert.Contains("newer", error.Message, StringComparison.Ordinal);
    }

    [StoreFact]
    public void Text_that_looks_like_sql_is_stored_as_text()
    {
        // Arrange
        using var store = new TestStore(CreateDatabase());
        const string hostile = "x'); DROP TABLE faq_entries; --";

        // Act
        store.Db.Write((c, t) => GeneBotDb.Execute(c, t, "INSERT INTO meta(key, value) VALUES(@k, @v)", ("@k", "q"), ("@v", hostile)));

        // Assert
        Assert.Equal(hostile, store.Db.Read(c => GeneBotDb.Scalar(c, null, "SELECT value FROM meta WHERE key = 'q'") as string));
        Assert.Empty(store.Faqs.Overrides());
    }

    [StoreFact]
    public async Task Processes_starting_together_share_one_generated_user_salt_that_survives_a_restart()
    {
        // Arrange
        using var database = CreateDatabase();
        using var first = database.Open();
        using var second = database.Open();

        // Act
        var together = await Task.WhenAll(new[] { first, second }.Select(db => Task.Run(() => UserIdHasher.For(db, configuredSalt: null).Hash("1200000000000000004"))));
        first.Dispose();
        second.Dispose();
        using var restarted = database.Open();
        var afterRestart = UserIdHasher.For(restarted, configuredSalt: null).Hash("1200000000000000004");

        // Assert
        Assert.Equal(together[0], together[1]);
        Assert.Equal(together[0], afterRestart);
        Assert.DoesNotContain("1200000000000000004", afterRestart, StringComparison.Ordinal);
        Assert.NotEqual(afterRestart, new UserIdHasher("other").Hash("1200000000000000004"));
    }
}

public sealed class SqliteStoreSchemaTests : StoreSchemaTests
{
    protected override TestDatabase CreateDatabase() => new SqliteTestDatabase();
}

public sealed class PostgresStoreSchemaTests : StoreSchemaTests, IUsesPostgres
{
    protected override TestDatabase CreateDatabase() => new PostgresTestDatabase();
}
