using System.Net;
using System.Text.RegularExpressions;
using GeneBot.Adapters.Teams.Models;
using GeneBot.Chat;

namespace GeneBot.Adapters.Teams;

/// <summary>
/// Teams activities as platform-neutral chat requests. A member's message is for GeneBot in a 1:1 chat, or in a channel
/// or group chat when it mentions the bot; the bot's own <c>&lt;at&gt;…&lt;/at&gt;</c> is not part of the question. A
/// card's button press is not a question (<see cref="TeamsSubmitHandler"/>).
/// </summary>
public static partial class TeamsChatRequests
{
    [GeneratedRegex(@"</?at>", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AtTag();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();

    /// <summary>The request, or null when the activity is not a member's message for GeneBot.</summary>
    public static ChatRequest? From(Activity activity, TeamsOptions options, IReadOnlyCollection<string> commandNames)
    {
        if (!activity.IsMessage || activity.IsSubmit || activity.From?.Id is not { } fromId || activity.Conversation?.Id is not { } conversationId)
            return null;
        var botId = activity.Recipient?.Id;
        if (fromId == botId)
            return null;
        var personal = activity.Conversation.IsPersonal;
        if (!personal && !MentionsBot(activity))
            return null;

        var text = Command(StripMentions(activity), commandNames);
        return new ChatRequest(text, UserId(activity.From), "teams:" + conversationId, IsPrivate: personal, Role: RoleOf(activity.From, options));
    }

    /// <summary>Whether a mention entity names the recipient (GeneBot).</summary>
    public static bool MentionsBot(Activity activity) =>
        activity.Recipient?.Id is { } botId && (activity.Entities ?? []).Any(e => e.IsMention && e.Mentioned?.Id == botId);

    /// <summary>
    /// The text without GeneBot's mention text (as the mention entities give it), other members' mentions kept as
    /// their names, HTML entities decoded and whitespace collapsed.
    /// </summary>
    public static string StripMentions(Activity activity)
    {
        var text = activity.Text ?? "";
        var botId = activity.Recipient?.Id;
        foreach (var mention in (activity.Entities ?? []).Where(e => e.IsMention && e.Mentioned?.Id == botId && !string.IsNullOrEmpty(e.Text)))
            text = text.Replace(mention.Text!, " ", StringComparison.Ordinal);
        text = WebUtility.HtmlDecode(AtTag().Replace(text, ""));
        return Whitespace().Replace(text, " ").Trim();
    }

    /// <summary>
    /// Commands are typed as in the console chat (<c>/faq car-t</c>); a message that is only a command's name
    /// (<c>help</c>, as a Teams command menu sends it) is that command too.
    /// </summary>
    public static string Command(string text, IReadOnlyCollection<string> commandNames) =>
        !text.StartsWith('/') && commandNames.Contains(text, StringComparer.OrdinalIgnoreCase) ? "/" + text : text;

    /// <summary>Admins and moderators by their AAD object id; everyone else is a member.</summary>
    public static ChatRole RoleOf(ChannelAccount from, TeamsOptions options) =>
        from.AadObjectId is not { } id ? ChatRole.Member
        : options.Admins.Contains(id) ? ChatRole.Admin
        : options.Moderators.Contains(id) ? ChatRole.Moderator
        : ChatRole.Member;

    /// <summary>The AAD object id when Teams gives one (stable across chats), else the channel account id.</summary>
    public static string UserId(ChannelAccount from) => "teams:" + (from.AadObjectId ?? from.Id);
}
