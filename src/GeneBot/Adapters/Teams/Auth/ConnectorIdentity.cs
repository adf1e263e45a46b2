namespace GeneBot.Adapters.Teams.Auth;

/// <summary>What a valid connector token vouches for: the service URL its activities may reply to.</summary>
public sealed record ConnectorIdentity(string? ServiceUrl)
{
    /// <summary>Whether the token was issued for <paramref name="serviceUrl"/> (ignoring case and a trailing slash, on which the connector is not consistent).</summary>
    public bool Allows(string? serviceUrl) =>
        ServiceUrl is not null && serviceUrl is not null
        && string.Equals(ServiceUrl.TrimEnd('/'), serviceUrl.TrimEnd('/'), StringComparison.OrdinalIgnoreCase);
}
