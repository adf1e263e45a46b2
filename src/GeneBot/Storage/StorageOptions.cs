using System.ComponentModel.DataAnnotations;

namespace GeneBot.Storage;

/// <summary>Where GeneBot keeps FAQ edits, feedback and abstained questions, and how long question text is kept.</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>The SQLite database file (created, with its folder, at start).</summary>
    [Required]
    public string Path { get; set; } = "data/genebot.db";

    /// <summary>Days an abstained question's text (and a feedback reason) is kept before the daily purge deletes it.</summary>
    [Range(1, 3650)]
    public int RetentionDays { get; set; } = 30;

    /// <summary>The salt for hashing user ids; empty means a random salt generated once and kept in the database.</summary>
    public string? UserIdSalt { get; set; }

    /// <summary>How often the retention purge runs.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00")]
    public TimeSpan PurgeInterval { get; set; } = TimeSpan.FromDays(1);
}
