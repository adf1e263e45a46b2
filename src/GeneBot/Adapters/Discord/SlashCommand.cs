using GeneBot.Discord.Models;

namespace GeneBot.Adapters.Discord;

/// <summary>
/// A slash command as data: its Discord definition, the chat command it stands for (<see cref="ChatCommand"/>, empty
/// for a plain question) and whether its replies are shown only to the member who asked.
/// </summary>
public sealed record SlashCommand(string Name, string Description, string ChatCommand, bool Ephemeral, SlashOption? Option = null)
{
    /// <summary>Guild channels and the bot's DMs.</summary>
    public static readonly IReadOnlyList<int> Contexts = [0, 1];

    public ApplicationCommandDefinition Definition => new(Name, Description)
    {
        Type = 1,
        Contexts = Contexts,
        Options = Option is null ? null : [Option.Definition],
    };

    /// <summary>The chat text this invocation stands for: <c>/faq KEY</c>, <c>/help</c>, or the question itself.</summary>
    public string ChatText(string? optionValue)
    {
        var value = (optionValue ?? "").Trim();
        return ChatCommand.Length == 0 ? value : $"{ChatCommand} {value}".Trim();
    }
}
