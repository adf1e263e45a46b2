using GeneBot.Storage;
using Npgsql;

namespace GeneBot.Tests.Support;

/// <summary>
/// A fresh schema of its own on the <see cref="PostgresServer"/> (the connection's search path), so tests running at
/// the same time don't see each other's tables; dropped on dispose.
/// </summary>
public sealed class PostgresTestDatabase : TestDatabase
{
    private readonly string schema = "genebot_test_" + Guid.NewGuid().ToString("N")[..16];
    private readonly string admin;
    private readonly string connectionString;

    public PostgresTestDatabase()
    {
        admin = PostgresServer.ConnectionString ?? throw new InvalidOperationException(PostgresServer.SkipReason);
        // The schema name is generated above from a GUID, never input.
        Admin($"CREATE SCHEMA {schema}");
        connectionString = new NpgsqlConnectionStringBuilder(admin) { SearchPath = schema }.ToString();
    }

    public override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Storage:Provider"] = StorageOptions.Postgres,
        ["Storage:ConnectionString"] = connectionString,
    };

    public override GeneBotDb Open() => PostgresDb.Open(connectionString);

    public override void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        Admin($"DROP SCHEMA IF EXISTS {schema} CASCADE");
    }

    private void Admin(string sql)
    {
        using var connection = new NpgsqlConnection(admin);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
