using GeneBot.Storage;

namespace GeneBot.Tests.Storage;

/// <summary>What the PostgreSQL store says about itself, which needs no server: messages name it, never its password.</summary>
public sealed class PostgresDbTests
{
    [Fact]
    public void The_store_is_described_by_server_and_database_never_by_password()
    {
        // Act
        var name = PostgresDb.Describe("Host=db.internal;Port=5433;Database=genebot;Username=bot;Password=hunter2-secret");

        // Assert
        Assert.Equal("PostgreSQL db.internal:5433/genebot (user bot)", name);
    }

    [Fact]
    public void A_server_that_refuses_the_connection_stops_the_open_with_the_store_named_and_no_password()
    {
        // Arrange: port 1 on loopback, where no PostgreSQL listens.
        const string connectionString = "Host=127.0.0.1;Port=1;Database=genebot;Username=bot;Password=hunter2-secret;Timeout=2";

        // Act
        var error = Assert.Throws<InvalidOperationException>(() => PostgresDb.Open(connectionString));

        // Assert
        Assert.StartsWith("Could not open the store PostgreSQL 127.0.0.1:1/genebot (user bot)", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", error.ToString(), StringComparison.Ordinal);
    }
}
