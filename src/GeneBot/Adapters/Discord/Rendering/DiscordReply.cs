using GeneBot.Discord.Models;

namespace GeneBot.Adapters.Discord.Rendering;

/// <summary>
/// A reply ready for Discord (content or one embed, and whether only the asker sees it), as each route wants it.
/// Every form states its allowed mentions: nobody is ever pinged.
/// </summary>
public sealed record DiscordReply(string? Content, Embed? Embed, bool Ephemeral)
{
    private IReadOnlyList<Embed>? Embeds => Embed is null ? null : [Embed];

    /// <summary>A channel message, as a reply to <paramref name="replyTo"/> when given (kept even if that message is gone).</summary>
    public MessageCreateRequest ToMessage(Snowflake? replyTo = null) => new()
    {
        Content = Content,
        Embeds = Embeds,
        AllowedMentions = AllowedMentions.None,
        MessageReference = replyTo is { } id ? MessageReference.ReplyTo(id) : null,
    };

    /// <summary>An interaction answered at once (callback type 4).</summary>
    public InteractionResponse ToInteractionResponse() => new(InteractionResponse.ChannelMessageWithSource)
    {
        Data = new InteractionResponseData
        {
            Content = Content,
            Embeds = Embeds,
            AllowedMentions = AllowedMentions.None,
            Flags = Ephemeral ? MessageFlags.Ephemeral : null,
        },
    };

    /// <summary>The edit of a deferred interaction's original response (its ephemerality was fixed when deferring).</summary>
    public MessageEditRequest ToEdit() => new()
    {
        Content = Content,
        Embeds = Embeds,
        AllowedMentions = AllowedMentions.None,
    };
}
