using System.ComponentModel.DataAnnotations;

namespace GeneBot.Features.Admin;

/// <summary>Reindexing: the cooldown between requested rebuilds and the optional file watch ("Corpus" section).</summary>
public sealed class CorpusOptions
{
    public const string SectionName = "Corpus";

    /// <summary>Rebuild when files under the corpus folder change (debounced). Off by default.</summary>
    public bool Watch { get; set; }

    /// <summary>How long the corpus must stay unchanged before a watch-triggered rebuild starts.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "01:00:00")]
    public TimeSpan WatchDebounce { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>After a rebuild, how long an admin's /reindex is refused (requests during a rebuild always coalesce into the next one).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan ReindexCooldown { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often a running /reindex edits its reply with progress.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00")]
    public TimeSpan ProgressInterval { get; set; } = TimeSpan.FromSeconds(2);
}
