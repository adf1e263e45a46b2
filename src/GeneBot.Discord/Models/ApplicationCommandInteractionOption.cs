using System.Text.Json;

namespace GeneBot.Discord.Models;

// https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-object-application-command-interaction-data-option-structure
public sealed record ApplicationCommandInteractionOption(string Name, int Type)
{
    public JsonElement? Value { get; init; }
    public IReadOnlyList<ApplicationCommandInteractionOption>? Options { get; init; }
    public bool? Focused { get; init; }

    public string? StringValue => Value is { ValueKind: JsonValueKind.String } v ? v.GetString() : Value?.GetRawText();
}
