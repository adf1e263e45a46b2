using System.Text.Json.Nodes;

namespace GeneBot.Adapters.Teams.Rendering;

/// <summary>The few Adaptive Card elements and actions GeneBot uses, built by hand (https://adaptivecards.io/explorer/).</summary>
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

    /// <summary>A button that sends <paramref name="data"/> (and the card's inputs) back to GeneBot as a message's <c>value</c>.</summary>
    public static JsonObject Submit(string title, JsonObject data) => new() { ["type"] = "Action.Submit", ["title"] = title, ["data"] = data };

    /// <summary>A button that unfolds <paramref name="card"/> under the card, in the member's client only.</summary>
    public static JsonObject ShowCard(string title, JsonObject card) => new() { ["type"] = "Action.ShowCard", ["title"] = title, ["card"] = card };

    /// <summary>The card a <see cref="ShowCard"/> unfolds: no schema, version or fallback of its own.</summary>
    public static JsonObject InnerCard(IEnumerable<JsonObject> body, IEnumerable<JsonObject> actions) => new()
    {
        ["type"] = "AdaptiveCard",
        ["body"] = new JsonArray([.. body]),
        ["actions"] = new JsonArray([.. actions]),
    };

    /// <summary>An optional multi-line text field whose value comes back under <paramref name="id"/>.</summary>
    public static JsonObject InputText(string id, string label, string placeholder, int maxLength) => new()
    {
        ["type"] = "Input.Text",
        ["id"] = id,
        ["label"] = label,
        ["placeholder"] = placeholder,
        ["maxLength"] = maxLength,
        ["isMultiline"] = true,
        ["isRequired"] = false,
    };

    public static (string, JsonNode) Bold => ("weight", "Bolder");
    public static (string, JsonNode) Medium => ("size", "Medium");
    public static (string, JsonNode) Small => ("size", "Small");
    public static (string, JsonNode) Subtle => ("isSubtle", true);
    public static (string, JsonNode) Attention => ("color", "Attention");
    public static (string, JsonNode) Separator => ("separator", true);
}
