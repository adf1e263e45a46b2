using System.Text.Json;

namespace GeneBot.Tests.Adapters.Discord.Moderation;

/// <summary>Reading the buttons GeneBot sent under a message.</summary>
public static class ComponentsJson
{
    /// <summary>(custom_id, label) of every button in the body's action rows.</summary>
    public static IReadOnlyList<(string CustomId, string Label)> Buttons(JsonElement body) =>
        body.TryGetProperty("components", out var rows)
            ? [.. rows.EnumerateArray().SelectMany(r => r.GetProperty("components").EnumerateArray())
                .Select(b => (b.GetProperty("custom_id").GetString()!, b.GetProperty("label").GetString()!))]
            : [];
}
