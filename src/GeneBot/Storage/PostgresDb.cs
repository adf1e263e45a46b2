using System.Data.Common;
using System.Globalization;
using Npgsql;

namespace GeneBot.Storage;

/// <summary>
/// The store in a PostgreSQL database, shared by every GeneBot process pointed at it. The schema version is the
/// highest row of table <c>schema_version</c>; migrations run under <c>pg_advisory_xact_lock</c>, so of several processes
/// starting together one migrates and the others then find the schema current.
/// </summary>
public sealed class PostgresDb : GeneBotDb
{
    /// <summary>The advisory lock's key ("GeneBot" in ASCII): the same in every GeneBot process.</summary>
    private const long MigrationLockKey = 0x47656E65426F74;

    private readonly NpgsqlDataSource dataSource;

    private PostgresDb(string connectionString)
    {
        dataSource = NpgsqlDataSource.Create(connectionString);
        Name = Describe(connectionString);
    }

    public override string Name { get; }

    public override IReadOnlyList<string> Migrations => Storage.Migrations.Postgres;

    /// <summary>Connects to the database <paramref name="connectionString"/> names and migrates it.</summary>
    public static PostgresDb Open(string connectionString)
    {
        var db = new PostgresDb(connectionString);
        try
        {
            db.Migrate();
            return db;
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException)
        {
            db.Dispose();
            throw new InvalidOperationException($"Could not open the store {db.Name}: {ex.Message}", ex);
        }
        catch
        {
            db.Dispose();
            throw;
        }
    }

    /// <summary>The server and database of a connection string, for messages; its password never appears.</summary>
    public static string Describe(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        return string.Create(CultureInfo.InvariantCulture, $"PostgreSQL {builder.Host}:{builder.Port}/{builder.Database} (user {builder.Username})");
    }

    protected override DbConnection Connect() => dataSource.OpenConnection();

    protected override void LockForMigration(DbConnection connection, DbTransaction transaction)
    {
        Scalar(connection, transaction, "SELECT pg_advisory_xact_lock(@key)", ("@key", MigrationLockKey));
        Execute(connection, transaction, "CREATE TABLE IF NOT EXISTS schema_version(version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)");
    }

    protected override int ReadSchemaVersion(DbConnection connection, DbTransaction? transaction) =>
        Convert.ToInt32(Scalar(connection, transaction, "SELECT COALESCE(MAX(version), 0) FROM schema_version"), CultureInfo.InvariantCulture);

    internal override void RecordSchemaVersion(DbConnection connection, DbTransaction transaction, int version) =>
        Execute(connection, transaction, "INSERT INTO schema_version(version, applied_at) VALUES(@v, @at)",
            ("@v", version), ("@at", Timestamp(DateTimeOffset.UtcNow)));

    public override void Dispose() => dataSource.Dispose();
}
