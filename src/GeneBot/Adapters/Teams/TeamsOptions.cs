using System.ComponentModel.DataAnnotations;
using System.Net;
using System.Text.RegularExpressions;

namespace GeneBot.Adapters.Teams;

/// <summary>
/// GeneBot in Microsoft Teams through the Bot Framework (section "Teams"), validated on start. Off while
/// <see cref="AppId"/> is empty. The password comes only from the environment (<c>Teams__AppPassword</c>) and is never logged.
/// </summary>
public sealed partial class TeamsOptions : IValidatableObject
{
    public const string SectionName = "Teams";

    /// <summary>The bot's Microsoft App ID (the audience of the connector's tokens); empty turns Teams off.</summary>
    public string AppId { get; set; } = "";

    /// <summary>The App ID's client secret, for the outbound token. Environment only.</summary>
    public string AppPassword { get; set; } = "";

    /// <summary>The address Kestrel listens on: all interfaces by default (a container), 127.0.0.1 behind a local proxy.</summary>
    public string BindAddress { get; set; } = "0.0.0.0";

    /// <summary>The port of <c>POST /api/messages</c>; 0 picks a free one (tests).</summary>
    [Range(0, 65535)]
    public int Port { get; set; } = 3978;

    /// <summary>The Bot Framework OpenID metadata: the signing keys of the connector's tokens.</summary>
    [Required]
    public string OpenIdMetadataUrl { get; set; } = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    /// <summary>Where the bot gets its own token (client credentials); single-tenant bots use their tenant id in place of botframework.com.</summary>
    [Required]
    public string TokenEndpoint { get; set; } = "https://login.microsoftonline.com/botframework.com/oauth2/v2.0/token";

    /// <summary>AAD object ids (from.aadObjectId), comma-separated, of the members who administer GeneBot.</summary>
    public string AdminIds { get; set; } = "";

    /// <summary>AAD object ids, comma-separated, of the members who moderate GeneBot (FAQ entries).</summary>
    public string ModeratorIds { get; set; } = "";

    /// <summary>
    /// The channel or group chat (its conversation id, such as <c>19:…@thread.tacv2</c>, where GeneBot is installed)
    /// that hears of urgent or crisis messages and of "Ask a moderator"; empty turns both off.
    /// </summary>
    public string ModeratorConversationId { get; set; } = "";

    /// <summary>How many questions are answered at once; more wait in the queue.</summary>
    [Range(1, 64)]
    public int MaxConcurrentAnswers { get; set; } = 4;

    /// <summary>How many activities may wait for an answer; beyond that the endpoint answers 503 and the connector retries.</summary>
    [Range(1, 10_000)]
    public int QueueCapacity { get; set; } = 100;

    /// <summary>Retries of a reply or token request that got 429 (after its Retry-After) or 5xx.</summary>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 3;

    /// <summary>The first retry's delay when the connector names none; it doubles on each retry.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// On shutdown, how long activities already accepted (being answered or queued) get to be answered before the rest
    /// are cancelled. Set from <c>Shutdown:Timeout</c> (80% of it), like Discord's handlers.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan ShutdownDrainTimeout { get; set; } = TimeSpan.FromSeconds(8);

    public bool Enabled => !string.IsNullOrWhiteSpace(AppId);

    public IReadOnlySet<string> Admins => Split(AdminIds).ToHashSet(StringComparer.OrdinalIgnoreCase);

    public IReadOnlySet<string> Moderators => Split(ModeratorIds).ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The moderators' conversation id, or null when none is set.</summary>
    public string? ModeratorConversation => string.IsNullOrWhiteSpace(ModeratorConversationId) ? null : ModeratorConversationId.Trim();

    /// <summary>A Teams conversation id: a prefix such as <c>19</c>, a colon, then ASCII letters, digits and <c>_ . - @ : ; =</c>.</summary>
    [GeneratedRegex(@"^[A-Za-z0-9]{1,8}:[A-Za-z0-9_.\-@:;=]{1,400}$", RegexOptions.CultureInvariant)]
    private static partial Regex ConversationId();

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Enabled)
            yield break;
        if (string.IsNullOrWhiteSpace(AppPassword))
            yield return new ValidationResult("Teams:AppId is set but Teams:AppPassword is not: set the environment variable Teams__AppPassword to the bot's client secret.", [nameof(AppPassword)]);
        if (!IPAddress.TryParse(BindAddress, out _))
            yield return new ValidationResult($"Teams:BindAddress must be an IP address such as 0.0.0.0 or 127.0.0.1; '{BindAddress}' is not one.", [nameof(BindAddress)]);
        foreach (var (name, value) in new[] { (nameof(OpenIdMetadataUrl), OpenIdMetadataUrl), (nameof(TokenEndpoint), TokenEndpoint) })
        {
            if (!IsSafeUrl(value))
                yield return new ValidationResult($"Teams:{name} must be an https URL (http only on loopback).", [name]);
        }
        if (ModeratorConversation is { } moderators && !ConversationId().IsMatch(moderators))
            yield return new ValidationResult("Teams:ModeratorConversationId must be the conversation id of a channel or group chat where GeneBot is installed, such as 19:…@thread.tacv2.", [nameof(ModeratorConversationId)]);
        foreach (var (name, value) in new[] { (nameof(AdminIds), AdminIds), (nameof(ModeratorIds), ModeratorIds) })
        {
            var bad = Split(value).Where(part => !Guid.TryParse(part, out _)).ToArray();
            if (bad.Length > 0)
                yield return new ValidationResult($"Teams:{name} must be a comma-separated list of AAD object ids; '{string.Join("', '", bad)}' is not one.", [name]);
        }
    }

    /// <summary>https, or http to a loopback address (tests and local proxies): tokens and secrets never travel in clear.</summary>
    public static bool IsSafeUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback);

    private static string[] Split(string? value) =>
        (value ?? "").Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
