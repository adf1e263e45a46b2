using Microsoft.Extensions.Logging;

namespace GeneBot;

/// <summary>Log lines of the store, reindexing and feedback (3500-3599). No user id, name or question text.</summary>
internal static partial class Log
{
    [LoggerMessage(3501, LogLevel.Information, "Retention purge cleared {Rows} rows older than {Days} days")]
    public static partial void RetentionPurged(ILogger logger, int rows, int days);

    [LoggerMessage(3502, LogLevel.Error, "Retention purge failed; trying again at the next interval")]
    public static partial void RetentionPurgeFailed(ILogger logger, Exception exception);

    [LoggerMessage(3510, LogLevel.Information, "Reindex finished: {Articles} articles, {Passages} passages, {Errors} errors in {Duration}")]
    public static partial void ReindexFinished(ILogger logger, int articles, int passages, int errors, TimeSpan duration);

    [LoggerMessage(3511, LogLevel.Error, "Reindex failed; the current index keeps being served")]
    public static partial void ReindexFailed(ILogger logger, Exception exception);

    [LoggerMessage(3512, LogLevel.Information, "Corpus changed on disk; reindexing")]
    public static partial void CorpusChanged(ILogger logger);

    [LoggerMessage(3513, LogLevel.Warning, "Could not read the corpus generation from the store; trying again at the next poll")]
    public static partial void GenerationUnreadable(ILogger logger, Exception exception);

    [LoggerMessage(3514, LogLevel.Information, "Announced corpus generation {Generation} to the other processes sharing the store")]
    public static partial void GenerationAnnounced(ILogger logger, long generation);

    [LoggerMessage(3515, LogLevel.Warning, "Could not announce the reindex to the other processes; they follow at the next announced reindex")]
    public static partial void GenerationNotAnnounced(ILogger logger, Exception exception);

    [LoggerMessage(3516, LogLevel.Information, "The store's corpus generation {Generation} is newer than the {Served} served here; reindexing")]
    public static partial void GenerationBehind(ILogger logger, long served, long generation);

    [LoggerMessage(3517, LogLevel.Warning, "Could not record an answer in the store ({Reason}); it was sent without feedback buttons")]
    public static partial void AnswerNotRecorded(ILogger logger, string reason);

    [LoggerMessage(3518, LogLevel.Warning, "Could not read the first-use registry in the store ({Reason}); the one-time note was not shown")]
    public static partial void FirstUseUnavailable(ILogger logger, string reason);

    [LoggerMessage(3519, LogLevel.Error, "The store keeps failing ({Reason}); answering without it (no feedback buttons, no one-time note) and trying again in {Retry}")]
    public static partial void StoreSkipped(ILogger logger, TimeSpan retry, string reason);

    [LoggerMessage(3520, LogLevel.Information, "The store answers again; answers are recorded again")]
    public static partial void StoreBack(ILogger logger);

    [LoggerMessage(3530, LogLevel.Warning, "Could not notify the moderator channel {ChannelId}: Discord returned {Status} (code {Code})")]
    public static partial void ModeratorNoticeFailed(ILogger logger, ulong channelId, int status, int? code);

    [LoggerMessage(3531, LogLevel.Warning, "Interaction {InteractionId} failed: Discord returned {Status} (code {Code})")]
    public static partial void InteractionFailed(ILogger logger, ulong interactionId, int status, int? code);

    [LoggerMessage(3532, LogLevel.Warning, "Following up interaction {InteractionId} failed")]
    public static partial void FollowUpFailed(ILogger logger, Exception exception, ulong interactionId);

    [LoggerMessage(3540, LogLevel.Warning, "The safety alert could not be posted in the moderator channel ({Status} {Code})")]
    public static partial void SafetyAlertFailed(ILogger logger, int status, int? code);
}
