namespace GeneBot.Chat;

/// <summary>
/// A message to GeneBot from any platform: what was said, by whom (an opaque id), where, whether the place is private,
/// and the sender's <see cref="ChatRole"/>. Structured platforms (slash commands) add named <see cref="Options"/>.
/// </summary>
public sealed record ChatRequest(string Text, string UserId, string PlaceId, bool IsPrivate = false, ChatRole Role = ChatRole.Member)
{
    public IReadOnlyDictionary<string, string> Options { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// True when everyone in the place shares one conversation (a thread GeneBot started for a question): a follow-up
    /// by any member there is resolved against the thread's topic. Otherwise each member's conversation is their own.
    /// </summary>
    public bool SharedPlace { get; init; }

    public string? Option(string name) => Options.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}
