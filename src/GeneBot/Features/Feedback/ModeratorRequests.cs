using System.Threading.RateLimiting;
using GeneBot.Chat;
using GeneBot.Features.Ask;

namespace GeneBot.Features.Feedback;

/// <summary>
/// Keeps "Ask a moderator" from flooding the moderators, on every platform: each answer is escalated once (a second
/// press, by anyone, is told the moderators already know), and each member at most <see cref="PerMemberPerHour"/> times
/// an hour. Kept in memory, per process: a restart forgets, which errs towards letting a member through.
/// </summary>
public sealed class ModeratorRequests(TimeProvider time) : IDisposable
{
    public const int PerMemberPerHour = 3;

    /// <summary>How many escalated answers are remembered (the oldest are forgotten first).</summary>
    public const int Remembered = 10_000;

    public static readonly ChatReply AlreadySent = ChatReply.Plain("The moderators already know about that answer; one of them will look at it.", ephemeral: true);

    public static readonly ChatReply TooMany = ChatReply.Plain(
        "You've asked the moderators several times in the last hour. Please give them a little time, or contact a moderator directly.", ephemeral: true);

    private readonly PartitionedRateLimiter<string> members = PartitionedRateLimiter.Create<string, string>(
        key => RateLimitPartition.Get(key, _ => new TimeWindowLimiter(PerMemberPerHour, TimeSpan.FromHours(1), time)));

    private readonly Lock sync = new();
    private readonly HashSet<string> escalated = new(StringComparer.Ordinal);
    private readonly Queue<string> order = new();

    /// <summary>
    /// Null when the press of <paramref name="memberKey"/> on answer <paramref name="answerId"/> may notify the
    /// moderators (it then counts, until <see cref="Release"/>); otherwise the reply to send instead.
    /// </summary>
    public ChatReply? Admit(string answerId, string memberKey)
    {
        lock (sync)
        {
            if (escalated.Contains(answerId))
                return AlreadySent;
        }
        using var lease = members.AttemptAcquire(memberKey);
        if (!lease.IsAcquired)
            return TooMany;
        lock (sync)
        {
            if (!escalated.Add(answerId))
                return AlreadySent;
            order.Enqueue(answerId);
            if (order.Count > Remembered)
                escalated.Remove(order.Dequeue());
        }
        return null;
    }

    /// <summary>The notice for <paramref name="answerId"/> could not be posted: a later press may try again.</summary>
    public void Release(string answerId)
    {
        lock (sync)
            escalated.Remove(answerId);
    }

    public void Dispose() => members.Dispose();
}
