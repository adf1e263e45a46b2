using GeneBot.Storage;
using GeneBot.Tests.Support;
using Microsoft.Data.Sqlite;

namespace GeneBot.Tests.Storage;

public sealed class SqliteFirstUseRegistryTests : IDisposable
{
    private readonly TestStore store = new();

    public void Dispose() => store.Dispose();

    private SqliteFirstUseRegistry CreateSut(GeneBotDb? db = null) => new(db ?? store.Db, store.Users, store.Time);

    [Fact]
    public async Task A_member_gets_the_note_once_and_keeps_that_across_a_restart()
    {
        // Act
        var first = await CreateSut().TryMarkFirstUseAsync("123456789012345678");
        var again = await CreateSut().TryMarkFirstUseAsync("123456789012345678");
        var other = await CreateSut().TryMarkFirstUseAsync("999");
        store.Db.Dispose();
        using var reopened = GeneBotDb.Open(store.Path);
        var afterRestart = await CreateSut(reopened).TryMarkFirstUseAsync("123456789012345678");

        // Assert
        Assert.True(first);
        Assert.False(again);
        Assert.True(other);
        Assert.False(afterRestart);
    }

    [Fact]
    public async Task Only_a_salted_hash_of_the_member_id_is_stored()
    {
        // Act
        await CreateSut().TryMarkFirstUseAsync("123456789012345678");

        // Assert
        var stored = store.Db.Read(c =>
        {
            using var command = new SqliteCommand("SELECT user_hash FROM first_use", c);
            return (string)command.ExecuteScalar()!;
        });
        Assert.Equal(store.Users.Hash("123456789012345678"), stored);
        Assert.DoesNotContain("123456789012345678", stored);
    }
}
