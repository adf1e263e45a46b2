namespace GeneBot.Discord.Models;

// https://discord.com/developers/docs/interactions/application-commands#application-command-object-application-command-structure
public sealed record ApplicationCommand(Snowflake Id, Snowflake ApplicationId, string Name, string Description)
{
    public int? Type { get; init; }
    public Snowflake? GuildId { get; init; }
    public IReadOnlyList<ApplicationCommandOptionDefinition>? Options { get; init; }
    public string? DefaultMemberPermissions { get; init; }
    public IReadOnlyList<int>? Contexts { get; init; }
    public Snowflake? Version { get; init; }
}
