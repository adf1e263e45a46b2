namespace GeneBot.Discord.Models;

// https://discord.com/developers/docs/resources/guild#guild-member-object
public sealed record GuildMember
{
    public User? User { get; init; }
    public string? Nick { get; init; }
    public IReadOnlyList<Snowflake> Roles { get; init; } = [];

    /// <summary>Total permissions in the channel as a decimal string (interactions only).</summary>
    public string? Permissions { get; init; }

    public ulong PermissionBits => ulong.TryParse(Permissions, out var bits) ? bits : 0;
}
