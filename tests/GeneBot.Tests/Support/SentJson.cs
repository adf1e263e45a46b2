using System.Text.Json;

namespace GeneBot.Tests.Support;

/// <summary>Reading what GeneBot sent.</summary>
public static class SentJson
{
    public static JsonElement? Embed(JsonElement body) =>
        body.TryGetProperty("embeds", out var embeds) && embeds.GetArrayLength() > 0 ? embeds[0] : null;

    public static string? Content(JsonElement body) =>
        body.TryGetProperty("content", out var content) ? content.GetString() : null;

    /// <summary>allowed_mentions.parse, or null when the message did not state its allowed mentions.</summary>
    public static string[]? AllowedParse(JsonElement body) =>
        body.TryGetProperty("allowed_mentions", out var allowed) && allowed.TryGetProperty("parse", out var parse)
            ? parse.EnumerateArray().Select(p => p.GetString()!).ToArray()
            : null;

    /// <summary>The message states <c>allowed_mentions</c> and its <c>parse</c> list is empty: it pings no one.</summary>
    public static void AssertPingsNoOne(JsonElement body)
    {
        var parse = AllowedParse(body);
        Assert.NotNull(parse);
        Assert.Empty(parse);
    }
}
