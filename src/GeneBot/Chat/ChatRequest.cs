namespace GeneBot.Chat;

/// <summary>
/// A message to GeneBot from any platform: what was said, by whom (an opaque id), where, whether the place is private,
/// and the sender's <see cref="ChatRole"/>. Structured platforms (slash commands) add named <see cref="Options"/>.
/// </summary>
public sealed record ChatRequest(string Text, string UserId, string PlaceId, bool IsPrivate = false, ChatRole Role = ChatRole.Member)
{
    public IReadOnlyDictionary<string, string> Options { get; init; } = new Dictionary<string, string>();

    public string? Option(string name) => Options.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}
