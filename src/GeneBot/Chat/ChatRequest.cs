namespace GeneBot.Chat;

/// <summary>A message to GeneBot from any platform: what was said, by whom (an opaque id), where, and whether the place is private.</summary>
public sealed record ChatRequest(string Text, string UserId, string PlaceId, bool IsPrivate = false);
