namespace GeneBot.Discord.Models;

// https://discord.com/developers/docs/reference#error-messages (plus the 429 body of topics/rate-limits)
public sealed record DiscordErrorBody
{
    public int? Code { get; init; }
    public string? Message { get; init; }
    public double? RetryAfter { get; init; }
    public bool? Global { get; init; }
}
