using GeneBot.Discord.Models;

namespace GeneBot.Adapters.Discord.Rendering;

/// <summary>
/// A reply ready for Discord (content or one embed, and whether only the asker sees it), as each route wants it.
/// Every form states its allowed mentions: nobody is ever pinged.
/// </summary>
public sealed record DiscordReply(string? Content, Embed? Embed, bool Ephemeral)
{
    private IReadOnlyList<Embed>? Embeds => Embed is null ? null : [Embed];

    /// <summary>Buttons under the reply (feedback, "Ask a moderator"); null for none.</summary>
    public IReadOnlyList<Component>? Components { get; init; }

    /// <summary>
    /// The reply with <paramref name="lines"/> (fixed GeneBot texts: a first-use note, a privacy notice) above its
    /// content, each in its own paragraph; nulls are skipped. The reply's own content is shortened if the whole would
    /// pass Discord's 2,000 characters.
    /// </summary>
    public DiscordReply WithLead(params string?[] lines)
    {
        var lead = string.Join("\n\n", lines.Where(l => !string.IsNullOrWhiteSpace(l)));
        if (lead.Length == 0)
            return this;
        lead = TextFit.Fit(lead, DiscordLimits.Content);
        var room = DiscordLimits.Content - lead.Length - 2;
        var content = Content is null || room <= 0 ? lead : $"{lead}\n\n{TextFit.Fit(Content, room)}";
        return this with { Content = content };
    }

    /// <summary>A channel message, as a reply to <paramref name="replyTo"/> when given (kept even if that message is gone).</summary>
    public MessageCreateRequest ToMessage(Snowflake? replyTo = null) => new()
    {
        Content = Content,
        Embeds = Embeds,
        AllowedMentions = AllowedMentions.None,
        MessageReference = replyTo is { } id ? MessageReference.ReplyTo(id) : null,
        Components = Components,
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
            Components = Components,
        },
    };

    /// <summary>The edit of a deferred interaction's original response (its ephemerality was fixed when deferring).</summary>
    public MessageEditRequest ToEdit() => new()
    {
        Content = Content,
        Embeds = Embeds,
        AllowedMentions = AllowedMentions.None,
        Components = Components,
    };
}
