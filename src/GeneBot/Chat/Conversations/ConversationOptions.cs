using System.ComponentModel.DataAnnotations;

namespace GeneBot.Chat.Conversations;

/// <summary>How long GeneBot remembers what a conversation is about, and for how many conversations at once.</summary>
public sealed class ConversationOptions
{
    public const string SectionName = "Conversation";

    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan Ttl { get; set; } = TimeSpan.FromMinutes(10);

    [Range(1, 1_000_000)]
    public int MaxConversations { get; set; } = 10_000;
}
