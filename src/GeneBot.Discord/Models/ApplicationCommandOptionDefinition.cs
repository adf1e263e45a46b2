namespace GeneBot.Discord.Models;

// https://discord.com/developers/docs/interactions/application-commands#application-command-object-application-command-option-structure
public sealed record ApplicationCommandOptionDefinition(int Type, string Name, string Description)
{
    public bool? Required { get; init; }
    public IReadOnlyList<ApplicationCommandChoice>? Choices { get; init; }
    public IReadOnlyList<ApplicationCommandOptionDefinition>? Options { get; init; }
    public int? MinLength { get; init; }
    public int? MaxLength { get; init; }
    public bool? Autocomplete { get; init; }
}
