using System.ComponentModel.DataAnnotations;

namespace GeneBot.Storage;

/// <summary>
/// Where GeneBot keeps FAQ edits, feedback and abstained questions (a SQLite file, or PostgreSQL shared by several
/// processes), how long question text is kept, and how often this process looks for other processes' reindexes.
/// </summary>
public sealed class StorageOptions : IValidatableObject
{
    public const string SectionName = "Storage";
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";

    /// <summary>"sqlite" (one file, <see cref="Path"/>) or "postgres" (<see cref="ConnectionString"/>).</summary>
    [Required]
    public string Provider { get; set; } = Sqlite;

    /// <summary>The SQLite database file (created, with its folder, at start).</summary>
    [Required]
    public string Path { get; set; } = "data/genebot.db";

    /// <summary>The Npgsql connection string when <see cref="Provider"/> is "postgres" (a secret: environment only, never logged).</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Days an abstained question's text (and a feedback reason) is kept before the daily purge deletes it.</summary>
    [Range(1, 3650)]
    public int RetentionDays { get; set; } = 30;

    /// <summary>The salt for hashing user ids; empty means a random salt generated once and kept in the database.</summary>
    public string? UserIdSalt { get; set; }

    /// <summary>How often the retention purge runs.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00")]
    public TimeSpan PurgeInterval { get; set; } = TimeSpan.FromDays(1);

    /// <summary>How often this process reads the store's corpus generation to follow another process's reindex.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "01:00:00")]
    public TimeSpan GenerationPollInterval { get; set; } = TimeSpan.FromSeconds(15);

    public bool IsPostgres => string.Equals(Provider, Postgres, StringComparison.OrdinalIgnoreCase);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!IsPostgres && !string.Equals(Provider, Sqlite, StringComparison.OrdinalIgnoreCase))
            yield return new ValidationResult($"Storage:Provider must be \"{Sqlite}\" or \"{Postgres}\", not \"{Provider}\".", [nameof(Provider)]);
        if (IsPostgres && string.IsNullOrWhiteSpace(ConnectionString))
            yield return new ValidationResult("Storage:ConnectionString is required when Storage:Provider is \"postgres\".", [nameof(ConnectionString)]);
        if (IsPostgres && !string.IsNullOrWhiteSpace(ConnectionString) && ConnectionStringError(ConnectionString) is { } error)
            yield return new ValidationResult($"Storage:ConnectionString is not a valid PostgreSQL connection string: {error}", [nameof(ConnectionString)]);
    }

    /// <summary>Why the connection string can't be parsed (the parser names a bad keyword, never a value such as the password).</summary>
    private static string? ConnectionStringError(string connectionString)
    {
        try
        {
            _ = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
            return null;
        }
        catch (ArgumentException ex)
        {
            return ex.Message;
        }
    }
}
