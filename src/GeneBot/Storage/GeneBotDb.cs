using System.Globalization;
using Microsoft.Data.Sqlite;

namespace GeneBot.Storage;

/// <summary>
/// GeneBot's SQLite database in WAL mode: migrated at open, every write through one writer lock in one transaction
/// (committed with <c>synchronous=FULL</c>, so a killed process loses no committed write), reads on their own connections.
/// Only parameterised SQL goes through <see cref="Command"/>.
/// </summary>
public sealed class GeneBotDb : IDisposable
{
    private readonly Lock writer = new();
    private readonly string connectionString;

    private GeneBotDb(string path)
    {
        Path = path;
        connectionString = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, DefaultTimeout = 30 }.ToString();
    }

    public string Path { get; }

    /// <summary>Opens (creating the file and its folder when missing) and migrates the database at <paramref name="path"/>.</summary>
    public static GeneBotDb Open(string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        var db = new GeneBotDb(full);
        db.Migrate();
        return db;
    }

    public int SchemaVersion => Read(c => Convert.ToInt32(Scalar(c, null, "PRAGMA user_version"), CultureInfo.InvariantCulture));

    public T Read<T>(Func<SqliteConnection, T> query)
    {
        using var connection = Connect();
        return query(connection);
    }

    public T Write<T>(Func<SqliteConnection, SqliteTransaction, T> change)
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

    public void Write(Action<SqliteConnection, SqliteTransaction> change) => Write<bool>((c, t) =>
    {
        change(c, t);
        return true;
    });

    /// <summary>A command with named parameters (<c>$name</c>), the only way SQL is built here.</summary>
    public static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        foreach (var (name, value) in parameters)
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return command;
    }

    public static int Execute(SqliteConnection connection, SqliteTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(connection, transaction, sql, parameters);
        return command.ExecuteNonQuery();
    }

    public static object? Scalar(SqliteConnection connection, SqliteTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(connection, transaction, sql, parameters);
        return command.ExecuteScalar();
    }

    /// <summary>Reads every row of a query through <paramref name="map"/>.</summary>
    public static List<T> Rows<T>(SqliteConnection connection, string sql, Func<SqliteDataReader, T> map, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(connection, null, sql, parameters);
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
            rows.Add(map(reader));
        return rows;
    }

    public static string Timestamp(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    public static DateTimeOffset ParseTimestamp(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    private SqliteConnection Connect()
    {
        var connection = new SqliteConnection(connectionString);
        connection.Open();
        Execute(connection, null, "PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;");
        return connection;
    }

    private void Migrate()
    {
        lock (writer)
        {
            using var connection = Connect();
            Scalar(connection, null, "PRAGMA journal_mode=WAL;");
            using var transaction = connection.BeginTransaction();
            var version = Convert.ToInt32(Scalar(connection, transaction, "PRAGMA user_version"), CultureInfo.InvariantCulture);
            if (version > Migrations.Latest)
                throw new InvalidOperationException($"The database {Path} has schema version {version}, newer than this GeneBot knows ({Migrations.Latest}).");
            for (var step = version; step < Migrations.Latest; step++)
                Execute(connection, transaction, Migrations.Steps[step]);
            // PRAGMA takes no parameters; the value is an integer constant of this program, not input.
            Execute(connection, transaction, "PRAGMA user_version = " + Migrations.Latest.ToString(CultureInfo.InvariantCulture));
            transaction.Commit();
        }
    }

    public void Dispose() => SqliteConnection.ClearAllPools();
}
