using GeneBot.Discord.Models;

namespace GeneBot.Adapters.Discord;

/// <summary>The one string option a GeneBot slash command takes.</summary>
public sealed record SlashOption(string Name, string Description, bool Required, int MaxLength)
{
    public const int StringType = 3;

    public ApplicationCommandOptionDefinition Definition => new(StringType, Name, Description)
    {
        Required = Required,
        MaxLength = MaxLength,
    };
}
