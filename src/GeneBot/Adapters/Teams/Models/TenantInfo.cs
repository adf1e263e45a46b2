namespace GeneBot.Adapters.Teams.Models;

/// <summary>The Microsoft 365 tenant a Teams conversation belongs to.</summary>
public sealed record TenantInfo(string? Id);
