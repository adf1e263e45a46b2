using Microsoft.Extensions.Logging;

namespace GeneBot.Discord;

/// <summary>Every log line of the Discord client. None of them carries a token or message content.</summary>
internal static partial class Log
{
    [LoggerMessage(1001, LogLevel.Warning, "Discord REST attempt {Attempt} failed, retrying in {Delay}: {Reason}")]
    public static partial void RestRetrying(ILogger logger, int attempt, TimeSpan delay, string reason);

    [LoggerMessage(1002, LogLevel.Warning, "Discord rate limited {Route} for {RetryAfter} (global: {Global})")]
    public static partial void RateLimited(ILogger logger, string route, TimeSpan retryAfter, bool global);

    [LoggerMessage(1003, LogLevel.Warning, "{Count} invalid (401/403/429) Discord requests within {Window}; Discord bans at 10,000")]
    public static partial void InvalidRequestsHigh(ILogger logger, int count, TimeSpan window);

    [LoggerMessage(1004, LogLevel.Critical, "Discord rejected the bot token on {Route}; all REST requests are stopped")]
    public static partial void Unauthorized(ILogger logger, string route);

    [LoggerMessage(2001, LogLevel.Information, "Connecting to the Discord gateway at {Host} to {Mode}")]
    public static partial void Connecting(ILogger logger, string host, string mode);

    [LoggerMessage(2002, LogLevel.Information, "Discord gateway session ready as user {UserId} (application {ApplicationId})")]
    public static partial void Ready(ILogger logger, ulong userId, ulong? applicationId);

    [LoggerMessage(2003, LogLevel.Information, "Discord gateway session resumed")]
    public static partial void Resumed(ILogger logger);

    [LoggerMessage(2004, LogLevel.Warning, "Discord gateway heartbeat was not acknowledged; reconnecting")]
    public static partial void MissedAck(ILogger logger);

    [LoggerMessage(2005, LogLevel.Information, "Discord gateway requested a reconnect (op 7)")]
    public static partial void ReconnectRequested(ILogger logger);

    [LoggerMessage(2006, LogLevel.Warning, "Discord gateway invalidated the session (resumable: {Resumable})")]
    public static partial void InvalidSession(ILogger logger, bool resumable);

    [LoggerMessage(2007, LogLevel.Warning, "Discord gateway closed with {CloseCode} {Reason}; next: {Action}")]
    public static partial void Closed(ILogger logger, int? closeCode, string? reason, string action);

    [LoggerMessage(2008, LogLevel.Warning, "Discord gateway connection failed; next: {Action}")]
    public static partial void ConnectionFailed(ILogger logger, Exception exception, string action);

    [LoggerMessage(2009, LogLevel.Critical, "Discord gateway closed with fatal code {CloseCode} ({Reason}); the client stops")]
    public static partial void Fatal(ILogger logger, int closeCode, string reason);

    [LoggerMessage(2010, LogLevel.Warning, "Skipped a malformed Discord gateway payload")]
    public static partial void MalformedPayload(ILogger logger, Exception exception);

    [LoggerMessage(2011, LogLevel.Error, "A Discord event handler failed on {EventName}")]
    public static partial void HandlerFailed(ILogger logger, Exception exception, string eventName);

    [LoggerMessage(2012, LogLevel.Warning, "Discord dispatch queue is full; dropped {EventName}")]
    public static partial void DispatchDropped(ILogger logger, string eventName);

    [LoggerMessage(2013, LogLevel.Warning, "Discord identify budget exhausted; waiting {Wait} before identifying")]
    public static partial void IdentifyBudgetExhausted(ILogger logger, TimeSpan wait);

    [LoggerMessage(2014, LogLevel.Warning, "No READY/RESUMED from the Discord gateway within {Timeout}; reconnecting")]
    public static partial void WatchdogExpired(ILogger logger, TimeSpan timeout);

    [LoggerMessage(2015, LogLevel.Information, "Reconnecting to the Discord gateway in {Delay} (attempt {Attempt})")]
    public static partial void ReconnectDelay(ILogger logger, TimeSpan delay, int attempt);

    [LoggerMessage(2016, LogLevel.Debug, "Ignored Discord gateway opcode {Opcode}")]
    public static partial void UnknownOpcode(ILogger logger, int opcode);

    [LoggerMessage(2018, LogLevel.Warning, "Skipped a malformed Discord {EventName} event: {Reason}")]
    public static partial void MalformedEvent(ILogger logger, string eventName, string reason);

    [LoggerMessage(2017, LogLevel.Information, "Discord recommends {Shards} shards; this client runs shard {ShardId} of {ShardCount}")]
    public static partial void ShardRecommendation(ILogger logger, int shards, int shardId, int shardCount);

    [LoggerMessage(2019, LogLevel.Information, "Starting {Shards} Discord shards in this process (identify concurrency {MaxConcurrency})")]
    public static partial void ShardsStarting(ILogger logger, int shards, int maxConcurrency);
}
