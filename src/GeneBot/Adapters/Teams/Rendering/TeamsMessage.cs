using System.Text.Json.Nodes;
using GeneBot.Adapters.Teams.Models;

namespace GeneBot.Adapters.Teams.Rendering;

/// <summary>
/// A reply ready for Teams: Markdown text (the whole reply) and an optional Adaptive Card. With a card the text goes
/// out only as the card's fallback and the activity's summary, not as the message text: Teams shows a message's text
/// above its card, so sending both would show every answer twice.
/// </summary>
public sealed record TeamsMessage(string Text, JsonObject? Card)
{
    /// <summary>The reply activity to <paramref name="incoming"/>: from and recipient swapped, the channel and conversation kept, replyToId set.</summary>
    public Activity ToReply(Activity incoming) => Content() with
    {
        ChannelId = incoming.ChannelId,
        From = incoming.Recipient,
        Recipient = incoming.From,
        Conversation = incoming.Conversation,
        ReplyToId = incoming.Id,
    };

    /// <summary>A new message (not a reply) from GeneBot to the sender of <paramref name="incoming"/> in their 1:1 chat <paramref name="conversationId"/>.</summary>
    public Activity ToPersonalMessage(Activity incoming, string conversationId) => Content() with
    {
        ChannelId = incoming.ChannelId,
        From = incoming.Recipient,
        Recipient = incoming.From,
        Conversation = new ConversationAccount(conversationId) { ConversationType = ConversationAccount.Personal, TenantId = incoming.TenantId },
    };

    /// <summary>A new message (not a reply) from GeneBot to <paramref name="incoming"/>'s own conversation, such as a welcome.</summary>
    public Activity ToConversationMessage(Activity incoming) => Content() with
    {
        ChannelId = incoming.ChannelId,
        From = incoming.Recipient,
        Conversation = incoming.Conversation,
    };

    /// <summary>A new message from GeneBot to another conversation <paramref name="conversationId"/> on <paramref name="incoming"/>'s serviceUrl, such as the moderators'.</summary>
    public Activity ToOtherConversation(Activity incoming, string conversationId) => Content() with
    {
        ChannelId = incoming.ChannelId,
        From = incoming.Recipient,
        Conversation = new ConversationAccount(conversationId) { TenantId = incoming.TenantId },
    };

    private Activity Content() => new()
    {
        Type = Activity.MessageType,
        Text = Card is null ? Text : null,
        TextFormat = Card is null ? "markdown" : null,
        Summary = Card is null ? null : Text,
        Attachments = Card is null ? null : [new Attachment(Attachment.AdaptiveCard, Card)],
    };
}
