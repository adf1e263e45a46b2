using System.Net.Http.Headers;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace GeneBot.Adapters.Teams.Auth;

/// <summary>
/// Checks the bearer JWT the Bot Framework connector sends with every activity: RS256 by a key of the OpenID
/// metadata (refetched on an unknown kid), issuer https://api.botframework.com, audience the App ID, lifetime with
/// 5 minutes of skew. The caller then checks the token's <c>serviceurl</c> claim against the activity's serviceUrl
/// (https://learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-connector-authentication#bot-to-connector).
/// </summary>
public sealed class ConnectorTokenValidator
{
    public const string Issuer = "https://api.botframework.com";
    public const string ServiceUrlClaim = "serviceurl";
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Since IdentityModel 8 a requested refresh runs in the background, so the request that met the unknown kid would
    /// still be refused. This switch (IdentityModel's own) makes the refresh happen within that request.
    /// </summary>
    private const string BlockingRefreshSwitch = "Switch.Microsoft.IdentityModel.UpdateConfigAsBlocking";

    private readonly ConfigurationManager<OpenIdConnectConfiguration> metadata;
    private readonly JsonWebTokenHandler handler = new();
    private readonly string appId;
    private readonly ILogger<ConnectorTokenValidator> logger;

    static ConnectorTokenValidator() => AppContext.SetSwitch(BlockingRefreshSwitch, true);

    public ConnectorTokenValidator(IOptions<TeamsOptions> options, IHttpClientFactory http, ILogger<ConnectorTokenValidator> logger)
    {
        var address = options.Value.OpenIdMetadataUrl;
        var retriever = new HttpDocumentRetriever(http.CreateClient(TeamsAdapterSetup.MetadataClient))
        {
            RequireHttps = new Uri(address).Scheme == Uri.UriSchemeHttps,
        };
        metadata = new ConfigurationManager<OpenIdConnectConfiguration>(address, new OpenIdConnectConfigurationRetriever(), retriever)
        {
            // The Bot Framework rotates keys rarely; an unknown kid asks for a refetch (at most once a minute).
            AutomaticRefreshInterval = TimeSpan.FromDays(1),
            RefreshInterval = TimeSpan.FromMinutes(1),
        };
        appId = options.Value.AppId;
        this.logger = logger;
    }

    /// <summary>The connector's identity from a valid <c>Authorization: Bearer</c> header, or null when it is missing or invalid.</summary>
    public async Task<ConnectorIdentity?> ValidateAsync(string? authorization, CancellationToken cancellationToken = default)
    {
        if (!AuthenticationHeaderValue.TryParse(authorization, out var header)
            || !string.Equals(header.Scheme, "Bearer", StringComparison.OrdinalIgnoreCase) || string.IsNullOrWhiteSpace(header.Parameter))
            return null;

        var result = await ValidateTokenAsync(header.Parameter, cancellationToken).ConfigureAwait(false);
        if (result.Exception is SecurityTokenSignatureKeyNotFoundException)
        {
            // The keys may have rotated: refetch the metadata (throttled by RefreshInterval) and try once more.
            metadata.RequestRefresh();
            result = await ValidateTokenAsync(header.Parameter, cancellationToken).ConfigureAwait(false);
        }
        if (!result.IsValid)
        {
            Log.TeamsTokenRejected(logger, result.Exception?.GetType().Name ?? "invalid");
            return null;
        }
        return new ConnectorIdentity(result.Claims.TryGetValue(ServiceUrlClaim, out var value) ? value as string : null);
    }

    private async Task<TokenValidationResult> ValidateTokenAsync(string token, CancellationToken cancellationToken)
    {
        OpenIdConnectConfiguration configuration;
        try
        {
            configuration = await metadata.GetConfigurationAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidOperationException ex)
        {
            // Metadata unreachable: nothing can be verified, so nothing is accepted.
            Log.TeamsMetadataUnavailable(logger, ex.Message);
            return new TokenValidationResult { IsValid = false, Exception = ex };
        }
        var parameters = new TokenValidationParameters
        {
            ValidIssuer = Issuer,
            ValidAudience = appId,
            ValidateIssuer = true,
            ValidateAudience = true,
            ValidateLifetime = true,
            RequireExpirationTime = true,
            RequireSignedTokens = true,
            ValidateIssuerSigningKey = true,
            IssuerSigningKeys = configuration.SigningKeys,
            ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
            ClockSkew = ClockSkew,
            // The key is the one the token's kid names, never whichever happens to verify.
            TryAllIssuerSigningKeys = false,
        };
        return await handler.ValidateTokenAsync(token, parameters).ConfigureAwait(false);
    }

}
