using GeneBot.Chat;
using GeneBot.Storage;

namespace GeneBot.Features.Feedback;

/// <summary>👍 / 👎 on an answer (by its opaque id), with an optional reason for 👎 of at most <see cref="MaxReason"/> characters.</summary>
public sealed class FeedbackFeature(IFeedbackStore store, UserIdHasher users, TimeProvider time)
{
    public const int MaxReason = 200;

    public static readonly ChatReply Thanks = ChatReply.Plain("Thanks for the feedback: it helps the moderators improve GeneBot's library.", ephemeral: true);

    public static readonly ChatReply Expired = ChatReply.Plain("That answer is too old for feedback now.", ephemeral: true);

    public ChatReply Vote(string userId, string answerId, bool helpful, string? reason = null)
    {
        var trimmed = reason?.Trim();
        if (trimmed is { Length: > MaxReason })
            trimmed = trimmed[..MaxReason];
        return store.Vote(answerId, users.Hash(userId), helpful ? 1 : -1, helpful ? null : trimmed, time.GetUtcNow()) ? Thanks : Expired;
    }
}
