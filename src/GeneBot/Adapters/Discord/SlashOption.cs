using GeneBot.Discord.Models;

namespace GeneBot.Adapters.Discord;

/// <summary>An option of a GeneBot slash command: a string (with a maximum length, optionally autocompleted) or an integer.</summary>
public sealed record SlashOption(string Name, string Description, bool Required, int MaxLength)
{
    public const int StringType = 3;
    public const int IntegerType = 4;

    public int Type { get; init; } = StringType;

    /// <summary>Discord asks GeneBot for choices as the member types (an AUTOCOMPLETE interaction).</summary>
    public bool Autocomplete { get; init; }

    public ApplicationCommandOptionDefinition Definition => new(Type, Name, Description)
    {
        Required = Required,
        MaxLength = Type == StringType ? MaxLength : null,
        Autocomplete = Autocomplete ? true : null,
    };
}
