using System.Text.Json.Serialization;

namespace GeneBot.Health;

/// <summary>What the worker last said about itself: its gateway state, whether the index is open, and when it said it.</summary>
public sealed record HealthSnapshot(
    [property: JsonPropertyName("gateway")] string Gateway,
    [property: JsonPropertyName("connected")] bool Connected,
    [property: JsonPropertyName("lastReadyOrResumedAt")] DateTimeOffset? LastReadyOrResumedAt,
    [property: JsonPropertyName("indexOpen")] bool IndexOpen,
    [property: JsonPropertyName("passages")] int Passages,
    [property: JsonPropertyName("publishIntervalSeconds")] double PublishIntervalSeconds,
    [property: JsonPropertyName("updatedAt")] DateTimeOffset UpdatedAt)
{
    /// <summary>Healthy when connected, the index open, and the snapshot fresh (written within three publish intervals); else the reason.</summary>
    public string? Problem(DateTimeOffset now)
    {
        if (now - UpdatedAt > TimeSpan.FromSeconds(3 * PublishIntervalSeconds))
            return $"the worker has not reported since {UpdatedAt:u} (is it running?)";
        if (!Connected)
            return $"not connected (gateway {Gateway})";
        if (!IndexOpen)
            return "the search index is not open";
        return null;
    }
}

[JsonSerializable(typeof(HealthSnapshot))]
internal sealed partial class HealthJsonContext : JsonSerializerContext;
