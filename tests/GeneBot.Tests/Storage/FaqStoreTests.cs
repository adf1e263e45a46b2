using GeneBot.Knowledge.Corpus;
using GeneBot.Storage;
using GeneBot.Tests.Support;

namespace GeneBot.Tests.Storage;

/// <summary>FAQ edits and their audit trail, on each provider.</summary>
public abstract class FaqStoreTests
{
    protected abstract TestDatabase CreateDatabase();

    private static readonly FaqEntry Entry = new("kale", ["greens"], "Does kale cure cancer?", "what-is-gene-therapy", "No.", FaqRecord.StoredSource);

    [StoreFact]
    public void A_saved_entry_is_an_override_and_its_change_is_audited_with_before_and_after()
    {
        // Arrange
        using var store = new TestStore(CreateDatabase());
        var sut = store.Faqs;
        var at = store.Time.GetUtcNow();

        // Act
        sut.Save(new FaqChange("kale", FaqAction.Add, "hash-1", at, null, Entry));
        sut.Save(new FaqChange("kale", FaqAction.Edit, "hash-2", at.AddMinutes(1), Entry, Entry with { Body = "No, it does not." }));

        // Assert
        var stored = Assert.Single(sut.Overrides());
        Assert.Equal("No, it does not.", stored.Entry!.Body);
        Assert.Equal(["greens"], stored.Entry.Aliases);
        var history = sut.History("kale");
        Assert.Equal([FaqAction.Edit, FaqAction.Add], history.Select(h => h.Action));
        Assert.Equal("hash-2", history[0].Who);
        Assert.Equal("No.", history[0].Before!.Body);
        Assert.Equal("No, it does not.", history[0].After!.Body);
        Assert.Null(history[1].Before);
        Assert.Equal(at.AddMinutes(1), history[0].At);
    }

    [StoreFact]
    public void A_removal_is_stored_as_an_override_without_an_entry()
    {
        // Arrange
        using var store = new TestStore(CreateDatabase());
        var sut = store.Faqs;

        // Act
        sut.Save(new FaqChange("kale", FaqAction.Remove, "hash-1", store.Time.GetUtcNow(), Entry, null));

        // Assert
        var stored = Assert.Single(sut.Overrides());
        Assert.Null(stored.Entry);
        Assert.Equal(FaqAction.Remove, Assert.Single(sut.History("kale")).Action);
    }
}

public sealed class SqliteFaqStoreTests : FaqStoreTests
{
    protected override TestDatabase CreateDatabase() => new SqliteTestDatabase();
}

public sealed class PostgresFaqStoreTests : FaqStoreTests, IUsesPostgres
{
    protected override TestDatabase CreateDatabase() => new PostgresTestDatabase();
}
