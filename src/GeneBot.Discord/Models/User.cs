namespace GeneBot.Discord.Models;

// https://discord.com/developers/docs/resources/user#user-object
public sealed record User(Snowflake Id, string Username)
{
    public string? GlobalName { get; init; }
    public bool? Bot { get; init; }
    public GuildMember? Member { get; init; }
}
