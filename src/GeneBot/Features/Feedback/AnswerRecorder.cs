using System.Security.Cryptography;
using GeneBot.Chat;
using GeneBot.Storage;

namespace GeneBot.Features.Feedback;

/// <summary>
/// Records each reply for stats and feedback under a fresh opaque id (what feedback buttons carry, never the text):
/// the asker only as a salted hash, and the question's text only when GeneBot abstained.
/// </summary>
public sealed class AnswerRecorder(IAnswerLog log, UserIdHasher users, TimeProvider time)
{
    public string Record(ChatRequest request, AnswerOutcome outcome, string? faqKey = null)
    {
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
        var question = outcome == AnswerOutcome.Abstained ? request.Text : null;
        log.Record(new AnswerRecord(id, time.GetUtcNow(), outcome, users.Hash(request.UserId), faqKey, question));
        return id;
    }
}
