using System.Net;

namespace GeneBot.Discord.Rest;

/// <summary>Discord answered a REST call with an error. The message names the route template, never a token.</summary>
public class DiscordApiException(HttpStatusCode status, int? code, string route, string? discordMessage)
    : Exception($"Discord returned {(int)status} {status} (code {code?.ToString() ?? "none"}) for {route}: {discordMessage ?? "no message"}")
{
    public HttpStatusCode Status { get; } = status;
    public int? Code { get; } = code;
    public string Route { get; } = route;
}
