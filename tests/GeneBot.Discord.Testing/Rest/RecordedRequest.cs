using System.Text.Json;

namespace GeneBot.Discord.Testing.Rest;

/// <summary>One REST request as FakeDiscord received it.</summary>
public sealed record RecordedRequest(
    string Method,
    string Path,
    string Template,
    IReadOnlyDictionary<string, string> Headers,
    string Body,
    TimeSpan At)
{
    public int Status { get; set; }

    public JsonElement Json => JsonDocument.Parse(Body.Length == 0 ? "null" : Body).RootElement.Clone();

    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}
