namespace GeneBot.Discord.Models;

// https://discord.com/developers/docs/interactions/application-commands#application-command-object
public sealed record ApplicationCommandDefinition(string Name, string Description)
{
    public int? Type { get; init; }
    public IReadOnlyList<ApplicationCommandOptionDefinition>? Options { get; init; }
    /// <summary>A decimal permission bitset as a string; "0" = admins only; null = everyone.</summary>
    public string? DefaultMemberPermissions { get; init; }
    public IReadOnlyList<int>? Contexts { get; init; }
    public IReadOnlyList<int>? IntegrationTypes { get; init; }
    public bool? Nsfw { get; init; }
}
