using System.Data.Common;
using System.Globalization;

namespace GeneBot.Storage;

/// <summary>
/// GeneBot's store, whichever database holds it (<see cref="SqliteDb"/>, <see cref="PostgresDb"/>): migrated once at
/// open under a lock, every write in one transaction behind one writer lock per process, reads on their own
/// connections. The stores run the same SQL on both (named <c>@parameters</c>, <c>ON CONFLICT</c>, <c>RETURNING</c>);
/// only the schema's dialect, the schema version's bookkeeping and the migration lock differ. Only parameterised SQL
/// goes through <see cref="Command"/>.
/// </summary>
public abstract class GeneBotDb : IDisposable
{
    private readonly Lock writer = new();

    /// <summary>What the store is, for messages: the SQLite file, or the PostgreSQL server and database (never a password).</summary>
    public abstract string Name { get; }

    /// <summary>This provider's numbered migrations: step <c>i</c> brings the schema from version <c>i</c> to <c>i + 1</c>.</summary>
    public abstract IReadOnlyList<string> Migrations { get; }

    public int LatestVersion => Migrations.Count;

    public int SchemaVersion => Read(c => ReadSchemaVersion(c, null));

    /// <summary>Opens the store <paramref name="options"/> select, creating and migrating it when needed.</summary>
    public static GeneBotDb Open(StorageOptions options) => options.IsPostgres
        ? PostgresDb.Open(options.ConnectionString!)
        : SqliteDb.Open(options.Path);

    public T Read<T>(Func<DbConnection, T> query)
    {
        using var connection = Connect();
        return query(connection);
    }

    public T Write<T>(Func<DbConnection, DbTransaction, T> change)
    {
        lock (writer)
        {
            using var connection = Connect();
            using var transaction = connection.BeginTransaction();
            var result = change(connection, transaction);
            transaction.Commit();
            return result;
        }
    }

    public void Write(Action<DbConnection, DbTransaction> change) => Write<bool>((c, t) =>
    {
        change(c, t);
        return true;
    });

    /// <summary>A command with named parameters (<c>@name</c>), the only way SQL is built here.</summary>
    public static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }
        return command;
    }

    public static int Execute(DbConnection connection, DbTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(connection, transaction, sql, parameters);
        return command.ExecuteNonQuery();
    }

    public static object? Scalar(DbConnection connection, DbTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(connection, transaction, sql, parameters);
        return command.ExecuteScalar();
    }

    /// <summary>Reads every row of a query through <paramref name="map"/>.</summary>
    public static List<T> Rows<T>(DbConnection connection, string sql, Func<DbDataReader, T> map, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(connection, null, sql, parameters);
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
            rows.Add(map(reader));
        return rows;
    }

    /// <summary>Times are stored as fixed-width UTC text on both providers, so they sort and compare as text.</summary>
    public static string Timestamp(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    public static DateTimeOffset ParseTimestamp(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    /// <summary>An open connection.</summary>
    protected abstract DbConnection Connect();

    /// <summary>Holds off every other process's migration until <paramref name="transaction"/> ends.</summary>
    protected abstract void LockForMigration(DbConnection connection, DbTransaction transaction);

    protected abstract int ReadSchemaVersion(DbConnection connection, DbTransaction? transaction);

    /// <summary>Records that the schema is now at <paramref name="version"/> (internal for the tests of a newer database).</summary>
    internal abstract void RecordSchemaVersion(DbConnection connection, DbTransaction transaction, int version);

    /// <summary>Applies the migrations this store lacks, in one transaction under the migration lock; refuses a newer schema.</summary>
    protected void Migrate() => Write((c, t) =>
    {
        LockForMigration(c, t);
        var version = ReadSchemaVersion(c, t);
        if (version > LatestVersion)
            throw new InvalidOperationException($"The database {Name} has schema version {version}, newer than this GeneBot knows ({LatestVersion}).");
        for (var step = version; step < LatestVersion; step++)
        {
            Execute(c, t, Migrations[step]);
            RecordSchemaVersion(c, t, step + 1);
        }
    });

    public abstract void Dispose();
}
