using GeneBot.Storage;
using GeneBot.Tests.Support;

namespace GeneBot.Tests.Storage;

/// <summary>The corpus generation every process sharing a store sees, on each provider.</summary>
public abstract class CorpusGenerationTests
{
    protected abstract TestDatabase CreateDatabase();

    [StoreFact]
    public void Advancing_returns_the_new_generation_which_another_process_then_reads()
    {
        // Arrange
        using var database = CreateDatabase();
        using var mine = database.Open();
        using var theirs = database.Open();
        var sut = new CorpusGeneration(mine);

        // Act
        var first = sut.Advance();
        var second = sut.Advance();

        // Assert
        Assert.Equal((1L, 2L), (first, second));
        Assert.Equal(2L, new CorpusGeneration(theirs).Current());
    }

    [StoreFact]
    public async Task Processes_advancing_at_once_each_get_a_distinct_generation()
    {
        // Arrange
        using var database = CreateDatabase();
        using var a = database.Open();
        using var b = database.Open();

        // Act
        var advanced = await Task.WhenAll(new[] { a, b }.SelectMany(db => Enumerable.Range(0, 10).Select(_ => Task.Run(() => new CorpusGeneration(db).Advance()))));

        // Assert
        Assert.Equal(Enumerable.Range(1, 20).Select(i => (long)i), advanced.Order());
        Assert.Equal(20L, new CorpusGeneration(a).Current());
    }
}

public sealed class SqliteCorpusGenerationTests : CorpusGenerationTests
{
    protected override TestDatabase CreateDatabase() => new SqliteTestDatabase();
}

public sealed class PostgresCorpusGenerationTests : CorpusGenerationTests, IUsesPostgres
{
    protected override TestDatabase CreateDatabase() => new PostgresTestDatabase();
}
