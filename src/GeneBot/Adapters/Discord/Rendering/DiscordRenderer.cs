using GeneBot.Chat;
using GeneBot.Discord.Models;
using GeneBot.Knowledge.Answers;

namespace GeneBot.Adapters.Discord.Rendering;

/// <summary>
/// Renders a platform-neutral <see cref="ChatReply"/> for Discord: a cited answer as an embed, with anything the answer
/// says beyond its excerpts (a safety message, a "talk to your care team" note) as content above it; an FAQ entry as an
/// embed; an abstention, a crisis reply or other text as plain content (text over 2,000 characters goes into an embed).
/// </summary>
public static class DiscordRenderer
{
    public const string LongTextTitle = "GeneBot";

    /// <summary>The reply, with feedback buttons (or "Ask a moderator") when it is a recorded answer.</summary>
    public static DiscordReply Render(ChatReply reply, bool ephemeral = false) =>
        Body(reply, ephemeral) with { Components = FeedbackButtons.For(reply), SafetyWords = SafetyWords(reply) };

    private static string? SafetyWords(ChatReply reply) => AnswerLead.SafetyWords(reply) is { } words ? MentionSafety.Defang(words) : null;

    private static DiscordReply Body(ChatReply reply, bool ephemeral)
    {
        ephemeral |= reply.Ephemeral;
        if (reply.Answer is { Status: AnswerStatus.Answered or AnswerStatus.Safety, Citations.Count: > 0 } answer)
        {
            if (AnswerEmbed.Render(answer) is not { } embed)
                return Text(answer.Status == AnswerStatus.Safety ? answer.Text : $"{ReplyText.Abstention}\n\n{ReplyText.Disclaimer}", ephemeral);
            var lead = Lead(answer);
            return new DiscordReply(lead.Length == 0 ? null : TextFit.Fit(MentionSafety.Defang(lead), DiscordLimits.Content), embed, ephemeral);
        }
        if (reply.Faq is { } faq)
            return new DiscordReply(null, FaqEmbed.Render(faq), ephemeral);
        return Text(reply.Text, ephemeral);
    }

    /// <summary>Plain text as content; text too long for content becomes an embed description, shortened to fit.</summary>
    public static DiscordReply Text(string text, bool ephemeral = false)
    {
        var safe = MentionSafety.Defang(text.Trim());
        if (safe.Length == 0)
            safe = ChatErrors.SomethingWentWrong.Text;
        if (safe.Length <= DiscordLimits.Content)
            return new DiscordReply(safe, null, ephemeral);
        var room = Math.Min(DiscordLimits.EmbedDescription, DiscordLimits.EmbedTotal - LongTextTitle.Length);
        return new DiscordReply(null, new Embed { Title = LongTextTitle, Description = TextFit.Fit(safe, room), Color = AnswerEmbed.Color }, ephemeral);
    }

    /// <summary>
    /// What the answer's text says beyond the standard rendering of its citations and disclaimer (which the embed
    /// shows): the triage's safety message or care-team note, wherever the chat layer put it; empty when nothing.
    /// </summary>
    public static string Lead(Answer answer) => AnswerLead.Of(answer);
}
