using System.ComponentModel.DataAnnotations;

namespace GeneBot.Features.Ask;

/// <summary>How many questions a member, and a channel, may ask per window ("RateLimits" section).</summary>
public sealed class RateLimitOptions
{
    public const string SectionName = "RateLimits";

    [Range(1, 10_000)]
    public int QuestionsPerUser { get; set; } = 5;

    [Range(1, 100_000)]
    public int QuestionsPerChannel { get; set; } = 30;

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}
