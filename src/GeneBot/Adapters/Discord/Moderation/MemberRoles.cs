using GeneBot.Chat;
using GeneBot.Discord.Models;
using Microsoft.Extensions.Options;

namespace GeneBot.Adapters.Discord.Moderation;

/// <summary>
/// The <see cref="ChatRole"/> of an interaction's member, read afresh from each interaction's member.permissions and
/// roles: admin = ADMINISTRATOR or MANAGE_GUILD or a role in Bot:AdminRoleIds; moderator = MANAGE_MESSAGES or a role in
/// Bot:ModeratorRoleIds. Outside a guild (a DM) nobody is privileged.
/// </summary>
public sealed class MemberRoles(IOptions<BotOptions> options)
{
    public ChatRole Of(Interaction interaction)
    {
        if (interaction.GuildId is null || interaction.Member is not { } member)
            return ChatRole.Member;
        var bits = member.PermissionBits;
        var roles = member.Roles ?? [];
        if ((bits & (DiscordPermissions.Administrator | DiscordPermissions.ManageGuild)) != 0 || roles.Any(options.Value.AdminRoles.Contains))
            return ChatRole.Admin;
        if ((bits & DiscordPermissions.ManageMessages) != 0 || roles.Any(options.Value.ModeratorRoles.Contains))
            return ChatRole.Moderator;
        return ChatRole.Member;
    }
}
