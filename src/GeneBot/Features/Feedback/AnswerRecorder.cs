using System.Security.Cryptography;
using GeneBot.Chat;
using GeneBot.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace GeneBot.Features.Feedback;

/// <summary>
/// Records each reply for stats and feedback under a fresh opaque id (what feedback buttons carry, never the text):
/// the asker only as a salted hash, and the question's text only when GeneBot abstained. Recording is secondary to
/// answering: when the store cannot be written (a database down, a disk full) the reply goes out without an id, and so
/// without feedback buttons, rather than not at all; the <see cref="StoreBreaker"/> then skips the store for a while.
/// </summary>
public sealed class AnswerRecorder(IAnswerLog log, UserIdHasher users, TimeProvider time, StoreBreaker? breaker = null, ILogger<AnswerRecorder>? logger = null)
{
    private readonly StoreBreaker breaker = breaker ?? new StoreBreaker(time);
    private readonly ILogger logger = logger ?? NullLogger<AnswerRecorder>.Instance;

    /// <summary>The new record's id, or null when the store could not be written (logged).</summary>
    public string? Record(ChatRequest request, AnswerOutcome outcome, string? faqKey = null)
    {
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
        var question = outcome == AnswerOutcome.Abstained ? request.Text : null;
        var record = new AnswerRecord(id, time.GetUtcNow(), outcome, users.Hash(request.UserId), faqKey, question);
        var (recorded, failure) = breaker.Run(() =>
        {
            log.Record(record);
            return true;
        }, fallback: false);
        if (failure is not null)
            Log.AnswerNotRecorded(logger, failure.GetType().Name);
        return recorded ? id : null;
    }
}
