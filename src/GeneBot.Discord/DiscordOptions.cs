using System.ComponentModel.DataAnnotations;

namespace GeneBot.Discord;

/// <summary>Settings of the Discord client; bound from the "Discord" section and validated on start.</summary>
public sealed class DiscordOptions : IValidatableObject
{
    public const string SectionName = "Discord";

    public const int DefaultIntents = 1 | 512 | 4096;
    public const int MessageContentIntent = 32768;

    /// <summary>The bot token (only from the environment, e.g. Discord__Token). Never logged.</summary>
    [Required]
    public string Token { get; set; } = "";

    [Required]
    public Uri ApiBaseUrl { get; set; } = new("https://discord.com/api/v10");

    /// <summary>Adds the privileged MESSAGE_CONTENT intent (must be enabled in the Developer Portal).</summary>
    public bool MessageContent { get; set; }

    [Range(0, 10_000)]
    public int ShardId { get; set; }

    [Range(1, 10_000)]
    public int ShardCount { get; set; } = 1;

    /// <summary>On a graceful stop, events whose handlers are running get this long to finish after the socket closed.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan ShutdownDrainTimeout { get; set; } = TimeSpan.FromSeconds(9);

    /// <summary>Set by Discord:ShardCount=auto: this process runs every shard Discord recommends (GET /gateway/bot).</summary>
    public bool AutoShardCount { get; set; }

    /// <summary>With several shards in one process: each max_concurrency bucket identifies at most once per this window (5 s at Discord).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan IdentifyConcurrencyWindow { get; set; } = TimeSpan.FromSeconds(5);

    [Range(1, 256)]
    public int HandlerConcurrency { get; set; } = 4;

    [Range(1, 1_000_000)]
    public int DispatchQueueCapacity { get; set; } = 10_000;

    /// <summary>Watchdog: a socket that brings no READY/RESUMED within this time is torn down and retried.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan ReadyTimeout { get; set; } = TimeSpan.FromSeconds(30);

    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan InvalidSessionDelayMin { get; set; } = TimeSpan.FromSeconds(1);

    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan InvalidSessionDelayMax { get; set; } = TimeSpan.FromSeconds(5);

    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan ReconnectBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan ReconnectMaxDelay { get; set; } = TimeSpan.FromSeconds(60);

    [Range(1, 120)]
    public int GatewaySendLimit { get; set; } = 120;

    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan GatewaySendWindow { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Identify at most once per this interval (max_concurrency 1 allows one per 5 s).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan IdentifyInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Session starts we never use, so the daily limit is never reached.</summary>
    [Range(0, 999)]
    public int IdentifyReserve { get; set; } = 10;

    [Range(1, 100_000)]
    public int DailyIdentifyLimit { get; set; } = 1000;

    [Range(0, 50)]
    public int RestMaxRetries { get; set; } = 8;

    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan RestRetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>A warning is logged each time this many 401/403/429 responses arrive within 10 minutes (Discord bans at 10,000).</summary>
    [Range(1, 10_000)]
    public int InvalidRequestWarningThreshold { get; set; } = 1000;

    public int Intents => DefaultIntents | (MessageContent ? MessageContentIntent : 0);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (InvalidSessionDelayMin > InvalidSessionDelayMax)
        {
            yield return new ValidationResult("InvalidSessionDelayMin must not exceed InvalidSessionDelayMax.", [nameof(InvalidSessionDelayMin)]);
        }

        if (ReconnectBaseDelay > ReconnectMaxDelay)
        {
            yield return new ValidationResult("ReconnectBaseDelay must not exceed ReconnectMaxDelay.", [nameof(ReconnectBaseDelay)]);
        }

        if (AutoShardCount && ShardId != 0)
        {
            yield return new ValidationResult("ShardId cannot be set with ShardCount=auto (the process runs every shard).", [nameof(ShardId)]);
        }

        if (!AutoShardCount && ShardId >= ShardCount)
        {
            yield return new ValidationResult("ShardId must be less than ShardCount.", [nameof(ShardId)]);
        }

        if (Token.StartsWith("Bot ", StringComparison.Ordinal))
        {
            yield return new ValidationResult("Token must be the raw token, without the \"Bot \" prefix.", [nameof(Token)]);
        }
    }
}
