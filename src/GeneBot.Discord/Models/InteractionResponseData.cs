namespace GeneBot.Discord.Models;

// https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-response-object-interaction-callback-data-structure
public sealed record InteractionResponseData
{
    public string? Content { get; init; }
    public IReadOnlyList<Embed>? Embeds { get; init; }
    public AllowedMentions? AllowedMentions { get; init; }
    public int? Flags { get; init; }
    public IReadOnlyList<Component>? Components { get; init; }
    public IReadOnlyList<ApplicationCommandChoice>? Choices { get; init; }
    public string? CustomId { get; init; }
    public string? Title { get; init; }
}
