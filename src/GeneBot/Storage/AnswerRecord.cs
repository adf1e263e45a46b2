namespace GeneBot.Storage;

/// <summary>
/// One reply GeneBot gave, for stats and feedback: its id, when, the outcome, who asked (a hash), the FAQ entry shown (if
/// any), and the question's text only when the bot abstained (kept for <see cref="StorageOptions.RetentionDays"/>).
/// </summary>
public sealed record AnswerRecord(string Id, DateTimeOffset At, AnswerOutcome Outcome, string UserHash, string? FaqKey = null, string? AbstainedQuestion = null);

public enum AnswerOutcome
{
    Answered,
    Abstained,
    Faq,
}
