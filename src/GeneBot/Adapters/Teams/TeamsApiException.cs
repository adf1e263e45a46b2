namespace GeneBot.Adapters.Teams;

/// <summary>A Bot Framework request (the bot's token, a reply, a new 1:1 chat or a message to it) that failed after its retries. Carries no token or URL.</summary>
public sealed class TeamsApiException(string what, int status, string? detail = null)
    : Exception($"The Bot Framework {what} request failed with HTTP {status}" + (detail is null ? "." : $": {detail}."))
{
    /// <summary>The HTTP status of the last attempt.</summary>
    public int Status { get; } = status;
}
