using System.Net;

namespace GeneBot.Discord.Rest;

/// <summary>The token was rejected (401). Every later request fails at once with this exception; the host should stop.</summary>
public sealed class DiscordUnauthorizedException(string route, string? discordMessage)
    : DiscordApiException(HttpStatusCode.Unauthorized, 0, route, discordMessage);
