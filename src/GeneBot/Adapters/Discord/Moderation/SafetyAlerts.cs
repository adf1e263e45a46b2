using GeneBot.Chat;
using GeneBot.Discord.Models;
using GeneBot.Discord.Rest;
using GeneBot.Knowledge.Safety;
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
    public static string Text(TriageClass triage, string link) => triage == TriageClass.Crisis
        ? $"Safety alert: a message may describe a crisis (self-harm or suicide). GeneBot replied with crisis-line guidance. Please check on the member: {link}"
        : $"Safety alert: a message may describe urgent symptoms. GeneBot told the member to contact their care team or emergency services. Please check on them: {link}";

    /// <returns>True when an alert was posted.</returns>
    public async Task<bool> AlertAsync(ChatReply reply, Snowflake? guildId, Snowflake channelId, Snowflake? messageId, CancellationToken cancellationToken = default)
    {
        if (reply.Answer?.Triage is not (TriageClass.Urgent or TriageClass.Crisis) || guildId is not { } guild || options.Value.ModeratorChannel is not { } moderators)
            return false;
        var link = messageId is { } id ? $"https://discord.com/channels/{guild}/{channelId}/{id}" : $"https://discord.com/channels/{guild}/{channelId}";
        try
        {
            await rest.CreateMessageAsync(moderators, new MessageCreateRequest { Content = Text(reply.Answer.Triage, link), AllowedMentions = AllowedMentions.None }, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (DiscordApiException ex)
        {
            Log.SafetyAlertFailed(logger, (int)ex.Status, ex.Code);
            return false;
        }
    }
}
