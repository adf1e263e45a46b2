namespace GeneBot.Adapters.Teams;

/// <summary>A Bot Framework request (the bot's token, a reply) that failed after its retries. Carries no token or URL.</summary>
public sealed class TeamsApiException(string what, int status, string? detail = null)
    : Exception($"The Bot Framework {what} request failed with HTTP {status}" + (detail is null ? "." : $": {detail}."));
