namespace GeneBot.Discord.Models;

// https://discord.com/developers/docs/resources/message#allowed-mentions-object
public sealed record AllowedMentions
{
    /// <summary>Mentions nobody: the default the client applies to every message it sends.</summary>
    public static readonly AllowedMentions None = new() { Parse = [] };

    public IReadOnlyList<string>? Parse { get; init; }
    public IReadOnlyList<Snowflake>? Users { get; init; }
    public IReadOnlyList<Snowflake>? Roles { get; init; }
    public bool? RepliedUser { get; init; }
}
