using System.Text.Json;
using GeneBot.Discord.Models;

namespace GeneBot.Discord.Gateway;

// https://discord.com/developers/docs/events/gateway-events#receive-events
public sealed record GatewayDispatch(string Name, int? Sequence, JsonElement Data, DateTimeOffset ReceivedAt)
{
    public const string MessageCreate = "MESSAGE_CREATE";
    public const string InteractionCreate = "INTERACTION_CREATE";

    /// <summary>The message, when this is MESSAGE_CREATE; throws JsonException when the payload is malformed.</summary>
    public Message? AsMessageCreate() =>
        Name == MessageCreate ? Data.Deserialize(DiscordJsonContext.Default.Message) : null;

    /// <summary>The interaction, when this is INTERACTION_CREATE. <see cref="ReceivedAt"/> starts its 3 s deadline.</summary>
    public Interaction? AsInteractionCreate() =>
        Name == InteractionCreate ? Data.Deserialize(DiscordJsonContext.Default.Interaction) : null;
}
