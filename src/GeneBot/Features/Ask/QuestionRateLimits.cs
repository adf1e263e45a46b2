using System.Threading.RateLimiting;
using GeneBot.Chat;

namespace GeneBot.Features.Ask;

/// <summary>
/// Per-user and per-channel fixed windows (System.Threading.RateLimiting) with no queue: a question over either limit
/// is refused at once with a short notice, so nothing waits and nothing piles up. Private places count per user only.
/// </summary>
public sealed class QuestionRateLimits(RateLimitOptions options, TimeProvider time) : IDisposable
{
    private readonly PartitionedRateLimiter<string> users = Create(options.QuestionsPerUser, options.Window, time);
    private readonly PartitionedRateLimiter<string> channels = Create(options.QuestionsPerChannel, options.Window, time);

    /// <summary>Null when the question may be answered; otherwise the notice to send instead.</summary>
    public ChatReply? Check(ChatRequest request)
    {
        using var user = users.AttemptAcquire(request.UserId);
        if (!user.IsAcquired)
            return ChatErrors.TooManyQuestions;
        if (request.IsPrivate)
            return null;
        using var channel = channels.AttemptAcquire(request.PlaceId);
        return channel.IsAcquired ? null : ChatErrors.ChannelBusy;
    }

    private static PartitionedRateLimiter<string> Create(int permits, TimeSpan window, TimeProvider time) =>
        PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.Get(key, _ => new TimeWindowLimiter(permits, window, time)));

    public void Dispose()
    {
        users.Dispose();
        channels.Dispose();
    }
}
