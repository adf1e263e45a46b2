using GeneBot.Storage;
using GeneBot.Tests.Support;

namespace GeneBot.Tests.Storage;

/// <summary>The one-time note's registry, on each provider.</summary>
public abstract class FirstUseRegistryTests
{
    protected abstract TestDatabase CreateDatabase();

    private static FirstUseRegistry CreateSut(TestStore store, GeneBotDb? db = null) => new(db ?? store.Db, store.Users, store.Time);

    [StoreFact]
    public async Task A_member_gets_the_note_once_and_keeps_that_across_a_restart()
    {
        // Arrange
        using var store = new TestStore(CreateDatabase());

        // Act
        var first = await CreateSut(store).TryMarkFirstUseAsync("123456789012345678");
        var again = await CreateSut(store).TryMarkFirstUseAsync("123456789012345678");
        var other = await CreateSut(store).TryMarkFirstUseAsync("999");
        store.Db.Dispose();
        using var reopened = store.Database.Open();
        var afterRestart = await CreateSut(store, reopened).TryMarkFirstUseAsync("123456789012345678");

        // Assert
        Assert.True(first);
        Assert.False(again);
        Assert.True(other);
        Assert.False(afterRestart);
    }

    [StoreFact]
    public async Task Only_a_salted_hash_of_the_member_id_is_stored()
    {
        // Arrange
        using var store = new TestStore(CreateDatabase());

        // Act
        await CreateSut(store).TryMarkFirstUseAsync("123456789012345678");

        // Assert
        var stored = store.Db.Read(c => (string)GeneBotDb.Scalar(c, null, "SELECT user_hash FROM first_use")!);
        Assert.Equal(store.Users.Hash("123456789012345678"), stored);
        Assert.DoesNotContain("123456789012345678", stored, StringComparison.Ordinal);
    }
}

public sealed class SqliteFirstUseRegistryTests : FirstUseRegistryTests
{
    protected override TestDatabase CreateDatabase() => new SqliteTestDatabase();
}

public sealed class PostgresFirstUseRegistryTests : FirstUseRegistryTests, IUsesPostgres
{
    protected override TestDatabase CreateDatabase() => new PostgresTestDatabase();
}
