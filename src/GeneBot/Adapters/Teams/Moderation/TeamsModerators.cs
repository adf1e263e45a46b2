using System.Globalization;
using GeneBot.Adapters.Discord.Rendering;
using GeneBot.Adapters.Teams.Connector;
using GeneBot.Adapters.Teams.Models;
using GeneBot.Adapters.Teams.Rendering;
using GeneBot.Chat;
using GeneBot.Features.Feedback;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GeneBot.Adapters.Teams.Moderation;

/// <summary>
/// What GeneBot tells the moderators' conversation (<c>Teams:ModeratorConversationId</c>), as Discord tells
/// <c>Bot:ModeratorChannelId</c>: a safety alert when a message in a channel or group chat is triaged urgent or crisis
/// (not in a 1:1 chat, as Discord raises none for a DM), and the notice of an "Ask a moderator" press. Each names where
/// (the conversation's name when Teams gives one) and when, never the member's words or name. Neither carries a link:
/// a Teams link to a channel message needs the team's group id, which a message activity does not carry. Posted on the
/// incoming activity's serviceUrl; a failure is logged and never affects the member's answer.
/// </summary>
public sealed class TeamsModerators(ConnectorClient connector, IOptions<TeamsOptions> options, TimeProvider time, ILogger<TeamsModerators> logger)
{
    /// <summary>The longest conversation name an alert repeats.</summary>
    private const int MaxPlaceName = 60;

    /// <summary>Whether a moderators' conversation is set (abstentions then offer "Ask a moderator").</summary>
    public bool Configured => options.Value.ModeratorConversation is not null;

    /// <returns>True when an alert was posted.</returns>
    public async Task<bool> AlertAsync(Activity question, ChatReply reply, CancellationToken cancellationToken = default)
    {
        if (!SafetyAlertText.Alerts(reply) || question.Conversation is not { IsPersonal: false } || options.Value.ModeratorConversation is not { } moderators)
            return false;
        var text = SafetyAlertText.For(reply.Answer!.Triage, $"their message in {Place(question)} at {When(question)}.");
        if (await PostAsync(question, moderators, text, cancellationToken).ConfigureAwait(false) is not { } status)
            return true;
        Log.TeamsSafetyAlertFailed(logger, question.Id ?? "", status);
        return false;
    }

    /// <summary>Posts the notice of an "Ask a moderator" press; the reply for the member.</summary>
    public async Task<ChatReply> AskAsync(Activity press, CancellationToken cancellationToken = default)
    {
        if (options.Value.ModeratorConversation is not { } moderators)
            return ModeratorNotice.Unavailable;
        var text = ModeratorNotice.Text($"GeneBot's reply in {Place(press)} (asked at {When(press)}).");
        if (await PostAsync(press, moderators, text, cancellationToken).ConfigureAwait(false) is not { } status)
            return ModeratorNotice.Sent;
        Log.TeamsModeratorNoticeFailed(logger, press.Id ?? "", status);
        return ModeratorNotice.Unavailable;
    }

    /// <summary>
    /// A channel's name in quotes (letters, digits, spaces and a little punctuation only), else its kind. A group chat is
    /// never named: its name is a topic its members typed, which may itself hold personal details.
    /// </summary>
    private static string Place(Activity activity)
    {
        var conversation = activity.Conversation!;
        if (conversation.IsPersonal)
            return "a 1:1 chat with GeneBot";
        if (!string.Equals(conversation.ConversationType, ConversationAccount.Channel, StringComparison.OrdinalIgnoreCase))
            return "a group chat";
        var name = new string([.. (conversation.Name ?? activity.ChannelData?.Channel?.Name ?? "").Select(c => char.IsLetterOrDigit(c) || " -.,'&".Contains(c) ? c : ' ')]);
        name = string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return name.Length > 0 ? $"“{TextFit.Fit(name, MaxPlaceName)}”" : "a channel";
    }

    /// <summary>When the activity was sent (its timestamp, else now), to the minute in UTC.</summary>
    private string When(Activity activity)
    {
        var at = DateTimeOffset.TryParse(activity.Timestamp, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var sent)
            ? sent
            : time.GetUtcNow();
        return at.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
    }

    /// <summary>Null when posted, else the failure's HTTP status (0 without one).</summary>
    private async Task<int?> PostAsync(Activity incoming, string moderators, string text, CancellationToken cancellationToken)
    {
        try
        {
            var message = TeamsRenderer.Render(ChatReply.Plain(text)).ToOtherConversation(incoming, moderators);
            await connector.SendToConversationAsync(incoming, moderators, message, cancellationToken).ConfigureAwait(false);
            return null;
        }
        // A refusal (the bot not installed there: 403, 404), a connector still failing after the retries, or its timeout; not GeneBot stopping.
        catch (Exception ex) when (ex is TeamsApiException or HttpRequestException || ex is OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return (ex as TeamsApiException)?.Status ?? 0;
        }
    }
}
