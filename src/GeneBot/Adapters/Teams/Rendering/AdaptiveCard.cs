using System.Text.Json.Nodes;

namespace GeneBot.Adapters.Teams.Rendering;

/// <summary>The few Adaptive Card elements GeneBot uses, built by hand (https://adaptivecards.io/explorer/).</summary>
public static class AdaptiveCard
{
    public const string Version = "1.4";

    public static JsonObject Card(IEnumerable<JsonObject> body, string fallbackText) => new()
    {
        ["type"] = "AdaptiveCard",
        ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
        ["version"] = Version,
        ["fallbackText"] = fallbackText,
        ["body"] = new JsonArray([.. body]),
    };

    /// <summary>A wrapping TextBlock; <paramref name="style"/> adds properties such as weight, size, color or isSubtle.</summary>
    public static JsonObject TextBlock(string text, params (string Name, JsonNode Value)[] style)
    {
        var block = new JsonObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true };
        foreach (var (name, value) in style)
            block[name] = value;
        return block;
    }

    public static (string, JsonNode) Bold => ("weight", "Bolder");
    public static (string, JsonNode) Medium => ("size", "Medium");
    public static (string, JsonNode) Small => ("size", "Small");
    public static (string, JsonNode) Subtle => ("isSubtle", true);
    public static (string, JsonNode) Attention => ("color", "Attention");
    public static (string, JsonNode) Separator => ("separator", true);
}
