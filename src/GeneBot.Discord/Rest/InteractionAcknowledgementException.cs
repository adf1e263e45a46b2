using System.Net;

namespace GeneBot.Discord.Rest;

/// <summary>An interaction callback failed with 10062 (unknown/expired interaction) or 40060 (already acknowledged). Never retried.</summary>
public sealed class InteractionAcknowledgementException(HttpStatusCode status, int code, string route, string? discordMessage)
    : DiscordApiException(status, code, route, discordMessage)
{
    public const int UnknownInteraction = 10062;
    public const int AlreadyAcknowledged = 40060;

    public bool IsExpired => Code == UnknownInteraction;
    public bool IsAlreadyAcknowledged => Code == AlreadyAcknowledged;
}
