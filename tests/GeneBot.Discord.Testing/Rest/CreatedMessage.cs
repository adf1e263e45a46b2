using System.Text.Json;

namespace GeneBot.Discord.Testing.Rest;

/// <summary>A message FakeDiscord created (channel messages, follow-ups and edited originals).</summary>
public sealed record CreatedMessage(ulong Id, string ChannelOrWebhook, string? Nonce, JsonElement Body)
{
    public string? Content => Body.TryGetProperty("content", out var c) ? c.GetString() : null;
}
