using System.Text.Json;

namespace GeneBot.Tests.Support.Teams;

/// <summary>What members see of an activity GeneBot sent: its text, its summary and its card's TextBlocks.</summary>
public static class TeamsJson
{
    public static string? Text(JsonElement activity) => activity.TryGetProperty("text", out var text) ? text.GetString() : null;

    public static string? Summary(JsonElement activity) => activity.TryGetProperty("summary", out var summary) ? summary.GetString() : null;

    /// <summary>The texts of the card's body, in order; empty without a card.</summary>
    public static string[] Blocks(JsonElement activity) =>
        activity.TryGetProperty("attachments", out var attachments)
            ? [.. attachments[0].GetProperty("content").GetProperty("body").EnumerateArray().Select(b => b.GetProperty("text").GetString()!)]
            : [];

    /// <summary>Everything shown: text, summary and card.</summary>
    public static string Shown(JsonElement activity) =>
        string.Join('\n', [Text(activity) ?? "", Summary(activity) ?? "", .. Blocks(activity)]);
}
