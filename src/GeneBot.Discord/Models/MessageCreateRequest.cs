namespace GeneBot.Discord.Models;

// https://discord.com/developers/docs/resources/message#create-message-jsonform-params
public sealed record MessageCreateRequest
{
    public string? Content { get; init; }
    public IReadOnlyList<Embed>? Embeds { get; init; }
    /// <summary>Null means "mention nobody": the client sends {"parse": []}.</summary>
    public AllowedMentions? AllowedMentions { get; init; }
    public MessageReference? MessageReference { get; init; }
    public IReadOnlyList<Component>? Components { get; init; }
    public int? Flags { get; init; }
    /// <summary>Set by the client when null, so that a retried request never posts twice.</summary>
    public string? Nonce { get; init; }
    public bool? EnforceNonce { get; init; }
}
