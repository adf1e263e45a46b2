using System.Data.Common;
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
/// without feedback buttons, rather than not at all.
/// </summary>
public sealed class AnswerRecorder(IAnswerLog log, UserIdHasher users, TimeProvider time, ILogger<AnswerRecorder>? logger = null)
{
    private readonly ILogger logger = logger ?? NullLogger<AnswerRecorder>.Instance;

    /// <summary>The new record's id, or null when the store could not be written (logged).</summary>
    public string? Record(ChatRequest request, AnswerOutcome outcome, string? faqKey = null)
    {
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
        var question = outcome == AnswerOutcome.Abstained ? request.Text : null;
        try
        {
            log.Record(new AnswerRecord(id, time.GetUtcNow(), outcome, users.Hash(request.UserId), faqKey, question));
            return id;
        }
        catch (Exception ex) when (ex is DbException or TimeoutException or InvalidOperationException or IOException)
        {
            Log.AnswerNotRecorded(logger, ex.GetType().Name);
            return null;
        }
    }
}
