namespace GeneBot.Discord.Models;

// https://discord.com/developers/docs/resources/webhook#edit-webhook-message-jsonform-params
public sealed record MessageEditRequest
{
    public string? Content { get; init; }
    public IReadOnlyList<Embed>? Embeds { get; init; }
    /// <summary>Null means "mention nobody": the client sends {"parse": []}.</summary>
    public AllowedMentions? AllowedMentions { get; init; }
    public IReadOnlyList<Component>? Components { get; init; }
    public int? Flags { get; init; }
}
