namespace GeneBot.Storage;

/// <summary>👍 / 👎 on answers, one vote per user and answer (the latest wins), with an optional reason for 👎.</summary>
public interface IFeedbackStore
{
    /// <summary>False when <paramref name="answerId"/> is not a known answer.</summary>
    bool Vote(string answerId, string userHash, int vote, string? reason, DateTimeOffset at);
}
