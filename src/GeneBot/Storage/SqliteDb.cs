using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace GeneBot.Storage;

/// <summary>
/// The store in one SQLite file in WAL mode, committed with <c>synchronous=FULL</c> (a killed process loses no
/// committed write). The schema version is <c>PRAGMA user_version</c>; migrations run in a <c>BEGIN IMMEDIATE</c>
/// transaction, which holds off every other process's writes (and so its migration) until it commits.
/// </summary>
public sealed class SqliteDb : GeneBotDb
{
    private readonly string connectionString;

    private SqliteDb(string path)
    {
        Name = path;
        connectionString = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, DefaultTimeout = 30 }.ToString();
    }

    /// <summary>The database file's full path.</summary>
    public override string Name { get; }

    public override IReadOnlyList<string> Migrations => Storage.Migrations.Sqlite;

    /// <summary>Opens (creating the file and its folder when missing) and migrates the database at <paramref name="path"/>.</summary>
    public static SqliteDb Open(string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        var db = new SqliteDb(full);
        db.Read(c => Scalar(c, null, "PRAGMA journal_mode=WAL;"));
        db.Migrate();
        return db;
    }

    protected override DbConnection Connect()
    {
        var connection = new SqliteConnection(connectionString);
        connection.Open();
        Execute(connection, null, "PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;");
        return connection;
    }

    // Microsoft.Data.Sqlite's BeginTransaction() is BEGIN IMMEDIATE: the write lock is already held.
    protected override void LockForMigration(DbConnection connection, DbTransaction transaction)
    {
    }

    protected override int ReadSchemaVersion(DbConnection connection, DbTransaction? transaction) =>
        Convert.ToInt32(Scalar(connection, transaction, "PRAGMA user_version"), CultureInfo.InvariantCulture);

    // PRAGMA takes no parameters; the value is an integer of this program, not input.
    internal override void RecordSchemaVersion(DbConnection connection, DbTransaction transaction, int version) =>
        Execute(connection, transaction, "PRAGMA user_version = " + version.ToString(CultureInfo.InvariantCulture));

    public override void Dispose()
    {
        using var connection = new SqliteConnection(connectionString);
        SqliteConnection.ClearPool(connection);
    }
}
