namespace GeneBot.Discord.Models;

// https://discord.com/developers/docs/resources/message#embed-object-embed-field-structure
public sealed record EmbedField(string Name, string Value)
{
    public bool? Inline { get; init; }
}
