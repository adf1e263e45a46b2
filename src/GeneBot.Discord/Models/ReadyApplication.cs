namespace GeneBot.Discord.Models;

// https://discord.com/developers/docs/events/gateway-events#ready-ready-event-fields (partial application)
public sealed record ReadyApplication(Snowflake Id)
{
    public int? Flags { get; init; }
}
