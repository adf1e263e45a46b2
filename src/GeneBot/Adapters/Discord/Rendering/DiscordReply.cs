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

    /// <summary>A safety reply's urgent or crisis words at the start of <see cref="Content"/>: they stay first whatever lead is added.</summary>
    public string? SafetyWords { get; init; }

    /// <summary>
    /// The reply with <paramref name="lines"/> (fixed GeneBot texts: a first-use note, a privacy notice) above its
    /// content, each in its own paragraph, or right after its <see cref="SafetyWords"/>; nulls are skipped. The reply's
    /// own content is shortened if the whole would pass Discord's 2,000 characters; the safety words never are.
    /// </summary>
    public DiscordReply WithLead(params string?[] lines)
    {
        var lead = string.Join("\n\n", lines.Where(l => !string.IsNullOrWhiteSpace(l)));
        if (lead.Length == 0)
            return this;
        if (SafetyWords is { } safety && Content is { } content && content.StartsWith(safety, StringComparison.Ordinal))
        {
            var rest = content[safety.Length..].Trim();
            var room = DiscordLimits.Content - safety.Length - 2;
            var after = rest.Length == 0 ? lead : $"{lead}\n\n{rest}";
            return this with { Content = room <= 0 ? safety : $"{safety}\n\n{TextFit.Fit(after, room)}" };
        }
        lead = TextFit.Fit(lead, DiscordLimits.Content);
        var space = DiscordLimits.Content - lead.Length - 2;
        return this with { Content = Content is null || space <= 0 ? lead : $"{lead}\n\n{TextFit.Fit(Content, space)}" };
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
