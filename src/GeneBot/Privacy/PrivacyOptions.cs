using System.ComponentModel.DataAnnotations;

namespace GeneBot.Privacy;

/// <summary>How GeneBot keeps members' identities out of its logs and remembers who has seen the first-use note.</summary>
public sealed class PrivacyOptions
{
    public const string SectionName = "Privacy";

    /// <summary>
    /// The secret salt of the user-id hashes in logs (set it from the environment, Privacy__UserIdSalt, to keep hashes
    /// comparable across restarts). Empty: a random salt per process, so hashes only link lines of one run.
    /// </summary>
    public string UserIdSalt { get; set; } = "";

    /// <summary>How many members the in-memory first-use registry remembers; past that the longest-known are forgotten
    /// (and would see the note once more).</summary>
    [Range(100, 10_000_000)]
    public int FirstUseMemory { get; set; } = 100_000;
}
