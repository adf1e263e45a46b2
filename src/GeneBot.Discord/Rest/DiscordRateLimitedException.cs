using System.Net;

namespace GeneBot.Discord.Rest;

/// <summary>A 429 that survived every retry.</summary>
public sealed class DiscordRateLimitedException(string route, TimeSpan retryAfter, bool global, string? discordMessage)
    : DiscordApiException(HttpStatusCode.TooManyRequests, null, route, discordMessage)
{
    public TimeSpan RetryAfter { get; } = retryAfter;
    public bool Global { get; } = global;
}
