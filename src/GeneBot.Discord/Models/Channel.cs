namespace GeneBot.Discord.Models;

// https://discord.com/developers/docs/resources/channel#channel-object
public sealed record Channel(Snowflake Id, int Type)
{
    public string? Name { get; init; }
    public Snowflake? GuildId { get; init; }
    public Snowflake? ParentId { get; init; }
}
