namespace GeneBot.Discord.Models;

// https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-object-application-command-data-structure
public sealed record ApplicationCommandData(Snowflake Id, string Name)
{
    public int Type { get; init; } = 1;
    public IReadOnlyList<ApplicationCommandInteractionOption> Options { get; init; } = [];
    public Snowflake? GuildId { get; init; }
    public Snowflake? TargetId { get; init; }
}
