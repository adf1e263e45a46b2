using System.Security.Cryptography;
using System.Text.Json.Nodes;
using GeneBot.Adapters.Teams.Auth;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace GeneBot.Tests.Support.Teams;

/// <summary>
/// The Bot Framework's token issuer on 127.0.0.1: OpenID metadata and a JWKS with the public half of test RSA keys,
/// and real RS256 tokens signed with them. <see cref="Rotate"/> publishes and signs with a new key.
/// </summary>
public sealed class FakeTokenIssuer : IAsyncDisposable
{
    public const string MetadataPath = "/v1/.well-known/openidconfiguration";
    public const string KeysPath = "/v1/.well-known/keys";

    private readonly List<RsaSecurityKey> published = [NewKey("test-key-1")];
    private readonly Lock sync = new();
    private WebApplication app = null!;
    private int metadataFetches;

    public Uri BaseUri { get; private set; } = null!;
    public string MetadataUrl => new Uri(BaseUri, MetadataPath).ToString();
    public int MetadataFetches => Volatile.Read(ref metadataFetches);

    /// <summary>The key tokens are signed with: the last one published.</summary>
    public RsaSecurityKey SigningKey
    {
        get
        {
            lock (sync)
                return published[^1];
        }
    }

    public static async Task<FakeTokenIssuer> StartAsync()
    {
        var issuer = new FakeTokenIssuer();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        issuer.app = builder.Build();
        issuer.app.MapGet(MetadataPath, issuer.Metadata);
        issuer.app.MapGet(KeysPath, issuer.Keys);
        await issuer.app.StartAsync();
        issuer.BaseUri = new Uri(issuer.app.Urls.First().TrimEnd('/') + "/");
        return issuer;
    }

    /// <summary>A new signing key, published beside the old ones (as the Bot Framework rotates keys).</summary>
    public void Rotate()
    {
        lock (sync)
            published.Add(NewKey($"test-key-{published.Count + 1}"));
    }

    /// <summary>A connector token: by default valid now for an hour, for <paramref name="audience"/> and <paramref name="serviceUrl"/>.</summary>
    public string Issue(string audience, string serviceUrl, string issuer = ConnectorTokenValidator.Issuer,
        DateTime? expires = null, SecurityKey? key = null)
    {
        var until = expires ?? DateTime.UtcNow.AddHours(1);
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = until.AddHours(-2),
            NotBefore = until.AddHours(-2),
            Expires = until,
            Claims = new Dictionary<string, object> { [ConnectorTokenValidator.ServiceUrlClaim] = serviceUrl },
            SigningCredentials = new SigningCredentials(key ?? SigningKey, SecurityAlgorithms.RsaSha256),
        });
    }

    /// <summary>A key the issuer never published, under the kid of the published one: a forged signature.</summary>
    public RsaSecurityKey ForgedKey() => NewKey(SigningKey.KeyId);

    private IResult Metadata()
    {
        Interlocked.Increment(ref metadataFetches);
        return Results.Json(new JsonObject
        {
            ["issuer"] = ConnectorTokenValidator.Issuer,
            ["authorization_endpoint"] = "https://invalid.example/authorize",
            ["jwks_uri"] = new Uri(BaseUri, KeysPath).ToString(),
            ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
            ["token_endpoint_auth_methods_supported"] = new JsonArray("private_key_jwt"),
        });
    }

    private IResult Keys()
    {
        lock (sync)
        {
            return Results.Json(new JsonObject { ["keys"] = new JsonArray([.. published.Select(Jwk)]) });
        }
    }

    private static JsonObject Jwk(RsaSecurityKey key)
    {
        var parameters = key.Rsa.ExportParameters(includePrivateParameters: false);
        return new JsonObject
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = key.KeyId,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
        };
    }

    private static RsaSecurityKey NewKey(string kid) => new(RSA.Create(2048)) { KeyId = kid };

    public async ValueTask DisposeAsync()
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await app.StopAsync(cts.Token);
        await app.DisposeAsync();
    }
}
