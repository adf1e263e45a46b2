namespace GeneBot.Adapters.Discord.Moderation;

/// <summary>The permission bits GeneBot checks (https://discord.com/developers/docs/topics/permissions#permissions-bitwise-permission-flags).</summary>
public static class DiscordPermissions
{
    public const ulong Administrator = 1UL << 3;
    public const ulong ManageGuild = 1UL << 5;
    public const ulong ManageMessages = 1UL << 13;
}
