using System.Net;

namespace GeneBot.Discord.Rest;

/// <summary>A 5xx that survived every retry.</summary>
public sealed class DiscordServerErrorException(HttpStatusCode status, string route)
    : DiscordApiException(status, null, route, "server error");
