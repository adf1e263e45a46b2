using Microsoft.Extensions.Logging;

namespace GeneBot;

/// <summary>The Teams adapter's log lines: no token, secret or reply URL; what members wrote only at Debug.</summary>
internal static partial class Log
{
    [LoggerMessage(3601, LogLevel.Information, "Teams endpoint listening on {Address} at {Path}")]
    public static partial void TeamsListening(ILogger logger, string address, string path);

    [LoggerMessage(3602, LogLevel.Warning, "Rejected a Teams request: its token is not valid ({Reason})")]
    public static partial void TeamsTokenRejected(ILogger logger, string reason);

    [LoggerMessage(3603, LogLevel.Warning, "Rejected a Teams request: its token was issued for another serviceUrl")]
    public static partial void TeamsServiceUrlMismatch(ILogger logger);

    [LoggerMessage(3604, LogLevel.Error, "The Bot Framework OpenID metadata is unavailable; Teams requests are refused until it is: {Reason}")]
    public static partial void TeamsMetadataUnavailable(ILogger logger, string reason);

    [LoggerMessage(3605, LogLevel.Warning, "The Teams inbox is full; activity {ActivityId} refused with 503")]
    public static partial void TeamsInboxFull(ILogger logger, string activityId);

    [LoggerMessage(3606, LogLevel.Debug, "Ignored Teams activity of type {Type}")]
    public static partial void TeamsActivityIgnored(ILogger logger, string type);

    [LoggerMessage(3607, LogLevel.Debug, "Teams activity {ActivityId} asks: {Text}")]
    public static partial void TeamsQuestionReceived(ILogger logger, string activityId, string text);

    [LoggerMessage(3608, LogLevel.Information, "Answered Teams activity {ActivityId} from {UserHash} (personal: {Personal}, outcome: {Outcome}, {Delivery}) in {Elapsed}")]
    public static partial void TeamsAnswered(ILogger logger, string activityId, string userHash, bool personal, string outcome, string delivery, TimeSpan elapsed);

    [LoggerMessage(3609, LogLevel.Error, "Could not answer Teams activity {ActivityId}")]
    public static partial void TeamsAnswerFailed(ILogger logger, Exception exception, string activityId);

    [LoggerMessage(3611, LogLevel.Information, "Stopping Teams: no new activities; answering the {Queued} queued and those in flight for up to {Drain}")]
    public static partial void TeamsDraining(ILogger logger, int queued, TimeSpan drain);

    [LoggerMessage(3610, LogLevel.Information, "Could not open a private chat for the answer to Teams activity {ActivityId}: the connector returned {Status}; asked in the channel to ask in private")]
    public static partial void TeamsPrivateChatRefused(ILogger logger, string activityId, int status);

    [LoggerMessage(3612, LogLevel.Debug, "Ignored Teams card submit {ActivityId}: not a well-formed GeneBot button press")]
    public static partial void TeamsSubmitIgnored(ILogger logger, string activityId);

    [LoggerMessage(3613, LogLevel.Information, "Answered Teams button press {ActivityId}: {Kind} on answer {AnswerId}")]
    public static partial void TeamsSubmitAnswered(ILogger logger, string activityId, string kind, string answerId);

    [LoggerMessage(3614, LogLevel.Information, "GeneBot was added to a Teams conversation ({ConversationType}) and posted its welcome")]
    public static partial void TeamsWelcomed(ILogger logger, string conversationType);

    [LoggerMessage(3615, LogLevel.Warning, "The safety alert for Teams activity {ActivityId} could not be posted to the moderators' conversation: the connector returned {Status}")]
    public static partial void TeamsSafetyAlertFailed(ILogger logger, string activityId, int status);

    [LoggerMessage(3616, LogLevel.Warning, "The \"Ask a moderator\" notice for Teams activity {ActivityId} could not be posted to the moderators' conversation: the connector returned {Status}")]
    public static partial void TeamsModeratorNoticeFailed(ILogger logger, string activityId, int status);
}
