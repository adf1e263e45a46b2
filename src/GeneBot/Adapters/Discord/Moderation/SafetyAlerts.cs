using GeneBot.Chat;
using GeneBot.Discord.Models;
using GeneBot.Discord.Rest;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GeneBot.Adapters.Discord.Moderation;

/// <summary>
/// When a message in a server describes urgent symptoms or a crisis, GeneBot tells the moderators in
/// <c>Bot:ModeratorChannelId</c> with a jump link, never the member's words. Direct messages raise no alert: moderators
/// cannot open them, and the member chose to ask privately. A failed alert is logged and never blocks the reply.
/// </summary>
public sealed class SafetyAlerts(IDiscordRestClient rest, IOptions<BotOptions> options, ILogger<SafetyAlerts> logger)
{
    /// <returns>True when an alert was posted.</returns>
    public async Task<bool> AlertAsync(ChatReply reply, Snowflake? guildId, Snowflake channelId, Snowflake? messageId, CancellationToken cancellationToken = default)
    {
        if (!SafetyAlertText.Alerts(reply) || guildId is not { } guild || options.Value.ModeratorChannel is not { } moderators)
            return false;
        var link = messageId is { } id ? $"https://discord.com/channels/{guild}/{channelId}/{id}" : $"https://discord.com/channels/{guild}/{channelId}";
        try
        {
            await rest.CreateMessageAsync(moderators, new MessageCreateRequest { Content = SafetyAlertText.For(reply.Answer!.Triage, link), AllowedMentions = AllowedMentions.None }, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (DiscordApiException ex)
        {
            Log.SafetyAlertFailed(logger, (int)ex.Status, ex.Code);
            return false;
        }
    }
}
