using System.Net.Http.Json;
using GeneBot.Adapters.Teams.Models;
using Microsoft.Extensions.Options;

namespace GeneBot.Adapters.Teams.Auth;

/// <summary>
/// The bot's own bearer token for the connector (OAuth client credentials, scope https://api.botframework.com/.default),
/// cached and fetched again <see cref="RefreshEarly"/> before it expires, by the injected <see cref="TimeProvider"/>.
/// </summary>
public sealed class BotTokenProvider(IHttpClientFactory http, IOptions<TeamsOptions> options, TimeProvider time)
{
    public const string Scope = "https://api.botframework.com/.default";
    public static readonly TimeSpan RefreshEarly = TimeSpan.FromMinutes(5);

    private readonly SemaphoreSlim gate = new(1, 1);
    private (string Token, DateTimeOffset ExpiresAt)? cached;

    public async Task<string> GetTokenAsync(CancellationToken cancellationToken = default)
    {
        if (Fresh() is { } token)
            return token;
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (Fresh() is { } fetched)
                return fetched;
            var response = await RequestAsync(cancellationToken).ConfigureAwait(false);
            cached = (response.AccessToken!, time.GetUtcNow() + TimeSpan.FromSeconds(response.ExpiresIn));
            return response.AccessToken!;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Forgets the cached token (the connector refused it), so the next call fetches a new one.</summary>
    public void Invalidate() => cached = null;

    private string? Fresh() =>
        cached is { } c && time.GetUtcNow() < c.ExpiresAt - RefreshEarly ? c.Token : null;

    private async Task<TokenResponse> RequestAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = settings.AppId,
            ["client_secret"] = settings.AppPassword,
            ["scope"] = Scope,
        });
        using var client = http.CreateClient(TeamsAdapterSetup.TokenClient);
        using var response = await client.PostAsync(settings.TokenEndpoint, form, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
            throw new TeamsApiException("token", (int)response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync(TeamsJsonContext.Default.TokenResponse, cancellationToken).ConfigureAwait(false);
        if (body is not { AccessToken.Length: > 0, ExpiresIn: > 0 })
            throw new TeamsApiException("token", (int)response.StatusCode, "the token endpoint sent no usable token");
        return body;
    }
}
