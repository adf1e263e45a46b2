using System.ComponentModel.DataAnnotations;

namespace GeneBot.Health;

/// <summary>Where the worker publishes its health, and how often. <c>genebot health</c> reads the same file.</summary>
public sealed class HealthOptions
{
    public const string SectionName = "Health";

    [Required]
    public string Path { get; set; } = "data/health.json";

    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan PublishInterval { get; set; } = TimeSpan.FromSeconds(10);
}
