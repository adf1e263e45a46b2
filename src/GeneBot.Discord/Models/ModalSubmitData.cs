namespace GeneBot.Discord.Models;

// https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-object-modal-submit-data-structure
public sealed record ModalSubmitData(string CustomId)
{
    public IReadOnlyList<Component> Components { get; init; } = [];

    /// <summary>The value of the text input with the given custom id, searched through the action rows.</summary>
    public string? ValueOf(string customId) =>
        Components.SelectMany(row => row.Components ?? [row]).FirstOrDefault(c => c.CustomId == customId)?.Value;
}
