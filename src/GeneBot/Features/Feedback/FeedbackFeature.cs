using GeneBot.Chat;
using GeneBot.Storage;

namespace GeneBot.Features.Feedback;

/// <summary>👍 / 👎 on an answer (by its opaque id), with an optional reason for 👎 of at most <see cref="MaxReason"/> characters.</summary>
public sealed class FeedbackFeature(IFeedbackStore store, UserIdHasher users, TimeProvider time)
{
    public const int MaxReason = 200;

    /// <summary>What the optional 👎 reason field asks, and its placeholder, on every platform.</summary>
    public const string ReasonPrompt = "What was wrong? (optional)";
    public const string ReasonPlaceholder = "Please don't include personal or medical details.";

    public static readonly ChatReply Thanks = ChatReply.Plain("Thanks for the feedback: it helps the moderators improve GeneBot's library.", ephemeral: true);

    public static readonly ChatReply Expired = ChatReply.Plain("That answer is too old for feedback now.", ephemeral: true);

    /// <summary>
    /// Whether <paramref name="answerId"/> could be an answer id (lowercase hex, at most 32 characters, as
    /// <see cref="AnswerRecorder"/> makes them): what a button sends back is checked with this before it is looked up.
    /// </summary>
    public static bool IsAnswerId(string? answerId) => answerId is { Length: > 0 and <= 32 } && answerId.All(char.IsAsciiHexDigitLower);

    public ChatReply Vote(string userId, string answerId, bool helpful, string? reason = null)
    {
        var trimmed = reason?.Trim();
        if (trimmed is { Length: > MaxReason })
            trimmed = trimmed[..MaxReason];
        return store.Vote(answerId, users.Hash(userId), helpful ? 1 : -1, helpful ? null : trimmed, time.GetUtcNow()) ? Thanks : Expired;
    }
}
