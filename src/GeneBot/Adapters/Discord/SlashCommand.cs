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

    /// <summary>Guild channels only (privileged commands: permissions exist only in a guild).</summary>
    public static readonly IReadOnlyList<int> GuildContexts = [0];

    /// <summary>Subcommands (<c>/faq show</c>, <c>/faq post</c> …); the invocation's chat text is <c>{ChatCommand} {subcommand}</c>.</summary>
    public IReadOnlyList<SlashSubcommand> Subcommands { get; init; } = [];

    /// <summary>The permission bits Discord requires by default to see the command (a decimal string); null = everyone. GeneBot checks again on every invocation.</summary>
    public string? DefaultMemberPermissions { get; init; }

    public bool GuildOnly { get; init; }

    /// <summary>Handled by its own handler (a long-running command such as /reindex), not the generic chat path.</summary>
    public bool HasOwnHandler { get; init; }

    public ApplicationCommandDefinition Definition => new(Name, Description)
    {
        Type = 1,
        Contexts = GuildOnly ? GuildContexts : Contexts,
        DefaultMemberPermissions = DefaultMemberPermissions,
        Options = Subcommands.Count > 0 ? [.. Subcommands.Select(s => s.Definition)] : Option is null ? null : [Option.Definition],
    };

    /// <summary>The chat text this invocation stands for: <c>/faq KEY</c>, <c>/help</c>, or the question itself.</summary>
    public string ChatText(string? optionValue)
    {
        var value = (optionValue ?? "").Trim();
        return ChatCommand.Length == 0 ? value : $"{ChatCommand} {value}".Trim();
    }
}
