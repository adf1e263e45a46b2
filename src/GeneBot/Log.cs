using Microsoft.Extensions.Logging;

namespace GeneBot;

/// <summary>Every log line of the GeneBot host. None carries a token; what members wrote is logged at Debug only.</summary>
internal static partial class Log
{
    [LoggerMessage(3001, LogLevel.Information, "Building the index in {IndexPath} ({Reason})")]
    public static partial void IndexRebuilding(ILogger logger, string indexPath, string reason);

    [LoggerMessage(3002, LogLevel.Information, "Indexed {Articles} articles and {Faqs} FAQ entries into {Passages} passages in {Duration} ({Skipped} files skipped)")]
    public static partial void IndexBuilt(ILogger logger, int articles, int faqs, int passages, TimeSpan duration, int skipped);

    [LoggerMessage(3003, LogLevel.Warning, "Skipped corpus file {Error}")]
    public static partial void CorpusFileSkipped(ILogger logger, string error);

    [LoggerMessage(3004, LogLevel.Information, "Opened the index in {IndexPath} ({Articles} articles)")]
    public static partial void IndexOpened(ILogger logger, string indexPath, int articles);

    [LoggerMessage(3005, LogLevel.Information, "Semantic re-ranking is on: {Model}, similarity weight {Weight}")]
    public static partial void SemanticRanking(ILogger logger, string model, double weight);

    [LoggerMessage(3101, LogLevel.Critical, "Discord closed the gateway with code {CloseCode}: {Advice}. GeneBot stops.")]
    public static partial void GatewayRefused(ILogger logger, int closeCode, string advice);

    [LoggerMessage(3102, LogLevel.Critical, "Discord rejected the bot token (401): set a valid Discord__Token. GeneBot stops.")]
    public static partial void TokenRejected(ILogger logger);

    [LoggerMessage(3103, LogLevel.Critical, "The Discord worker failed. GeneBot stops.")]
    public static partial void WorkerFailed(ILogger logger, Exception exception);

    [LoggerMessage(3201, LogLevel.Information, "Signed in to Discord as user {UserId}")]
    public static partial void SignedIn(ILogger logger, ulong userId);

    [LoggerMessage(3202, LogLevel.Information, "Slash commands are up to date ({Scope})")]
    public static partial void CommandsUnchanged(ILogger logger, string scope);

    [LoggerMessage(3203, LogLevel.Information, "Registered {Count} slash commands ({Scope})")]
    public static partial void CommandsRegistered(ILogger logger, int count, string scope);

    [LoggerMessage(3204, LogLevel.Error, "Could not register slash commands ({Scope}): Discord returned {Status} (code {Code})")]
    public static partial void CommandRegistrationFailed(ILogger logger, string scope, int status, int? code);

    [LoggerMessage(3205, LogLevel.Warning, "READY carried no application id; slash commands were not registered")]
    public static partial void NoApplicationId(ILogger logger);

    [LoggerMessage(3301, LogLevel.Debug, "Question {EventId}: {Text}")]
    public static partial void QuestionReceived(ILogger logger, ulong eventId, string text);

    [LoggerMessage(3302, LogLevel.Information, "Answered message {MessageId} in channel {ChannelId} from {UserHash} ({Outcome}, {Delivery}) in {Elapsed}")]
    public static partial void MessageAnswered(ILogger logger, ulong messageId, ulong channelId, string userHash, string outcome, string delivery, TimeSpan elapsed);

    [LoggerMessage(3303, LogLevel.Information, "Answered interaction {InteractionId} /{Command} from {UserHash} {How} ({Outcome}) in {Elapsed}")]
    public static partial void InteractionAnswered(ILogger logger, ulong interactionId, string command, string userHash, string how, string outcome, TimeSpan elapsed);

    [LoggerMessage(3304, LogLevel.Debug, "Ignored {Kind} {Id}: already answered (a replay)")]
    public static partial void DuplicateIgnored(ILogger logger, string kind, ulong id);

    [LoggerMessage(3305, LogLevel.Warning, "Discord refused the acknowledgement of interaction {InteractionId} ({Reason}, {Elapsed} after receipt); not retried")]
    public static partial void AcknowledgementRejected(ILogger logger, ulong interactionId, string reason, TimeSpan elapsed);

    [LoggerMessage(3306, LogLevel.Warning, "Could not reply in channel {ChannelId}: Discord returned {Status} (code {Code})")]
    public static partial void ReplyFailed(ILogger logger, ulong channelId, int status, int? code);

    [LoggerMessage(3307, LogLevel.Information, "Could not open a DM for the answer to message {MessageId}: Discord returned {Status} (code {Code}); asked publicly to ask in private")]
    public static partial void DirectMessageRefused(ILogger logger, ulong messageId, int status, int? code);

    [LoggerMessage(3308, LogLevel.Warning, "No privacy rules at {Path}: questions with personal health details are answered where they are asked")]
    public static partial void NoPrivacyRules(ILogger logger, string path);

    [LoggerMessage(3401, LogLevel.Error, "Answering in {PlaceId} failed")]
    public static partial void ChatFailed(ILogger logger, Exception exception, string placeId);
}
