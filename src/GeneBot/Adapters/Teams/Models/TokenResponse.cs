using System.Text.Json.Serialization;

namespace GeneBot.Adapters.Teams.Models;

/// <summary>The token endpoint's answer to a client-credentials request (RFC 6749 §5.1).</summary>
public sealed record TokenResponse(
    [property: JsonPropertyName("access_token")] string? AccessToken,
    [property: JsonPropertyName("expires_in")] int ExpiresIn);
