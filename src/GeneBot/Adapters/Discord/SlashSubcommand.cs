using GeneBot.Discord.Models;

namespace GeneBot.Adapters.Discord;

/// <summary>A subcommand (option type 1) of a GeneBot slash command, with its own options.</summary>
public sealed record SlashSubcommand(string Name, string Description, params SlashOption[] Options)
{
    public const int SubcommandType = 1;

    public ApplicationCommandOptionDefinition Definition => new(SubcommandType, Name, Description)
    {
        Options = Options.Length == 0 ? null : [.. Options.Select(o => o.Definition)],
    };
}
