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

    /// <summary>For a held request: true when the client had given up on it (cancelled or disconnected) by the time it was released.</summary>
    public bool ClientGone { get; set; }

    /// <summary>Completes when a held request has been released and answered (or its client was gone).</summary>
    public TaskCompletionSource Answered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public JsonElement Json => JsonDocument.Parse(Body.Length == 0 ? "null" : Body).RootElement.Clone();

    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}
