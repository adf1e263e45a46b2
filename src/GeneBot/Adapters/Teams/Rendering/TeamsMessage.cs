using System.Text.Json.Nodes;
using GeneBot.Adapters.Teams.Models;

namespace GeneBot.Adapters.Teams.Rendering;

/// <summary>A reply ready for Teams: Markdown text (the whole reply, for clients without cards) and an optional Adaptive Card.</summary>
public sealed record TeamsMessage(string Text, JsonObject? Card)
{
    /// <summary>The reply activity to <paramref name="incoming"/>: from and recipient swapped, the channel and conversation kept, replyToId set.</summary>
    public Activity ToReply(Activity incoming) => new()
    {
        Type = Activity.MessageType,
        ChannelId = incoming.ChannelId,
        From = incoming.Recipient,
        Recipient = incoming.From,
        Conversation = incoming.Conversation,
        ReplyToId = incoming.Id,
        Text = Text,
        TextFormat = "markdown",
        Attachments = Card is null ? null : [new Attachment(Attachment.AdaptiveCard, Card)],
    };
}
