namespace GeneBot.Discord.Models;

// https://discord.com/developers/docs/resources/message#embed-object-embed-footer-structure
public sealed record EmbedFooter(string Text)
{
    public string? IconUrl { get; init; }
}
