namespace GeneBot.Discord.Models;

// https://discord.com/developers/docs/resources/message#embed-object-embed-author-structure
public sealed record EmbedAuthor(string Name)
{
    public string? Url { get; init; }
    public string? IconUrl { get; init; }
}
