namespace GeneBot.Discord.Models;

// https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-object-message-component-data-structure
public sealed record MessageComponentData(string CustomId, int ComponentType)
{
    public IReadOnlyList<string>? Values { get; init; }
}
