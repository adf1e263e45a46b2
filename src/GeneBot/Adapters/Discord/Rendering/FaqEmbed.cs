using GeneBot.Discord.Models;
using GeneBot.Knowledge.Answers;
using GeneBot.Knowledge.Corpus;

namespace GeneBot.Adapters.Discord.Rendering;

/// <summary>An FAQ entry as an embed: its title, its answer, a "Read more" field and the disclaimer, within the limits.</summary>
public static class FaqEmbed
{
    public static Embed Render(FaqEntry entry)
    {
        var title = TextFit.Fit(Markdown.Escape(entry.Title.Trim()), DiscordLimits.EmbedTitle);
        var footer = TextFit.Fit(ReplyText.Disclaimer, DiscordLimits.FooterText);
        var readMore = string.IsNullOrWhiteSpace(entry.Link) ? null : new EmbedField("Read more", TextFit.Fit(Markdown.Escape(entry.Link.Trim()), DiscordLimits.FieldValue));
        var used = title.Length + footer.Length + (readMore is null ? 0 : readMore.Name.Length + readMore.Value.Length);
        var description = TextFit.Fit(Markdown.Escape(entry.Body.Trim()), Math.Min(DiscordLimits.EmbedDescription, DiscordLimits.EmbedTotal - used));
        return new Embed
        {
            Title = title.Length == 0 ? null : title,
            Description = description.Length == 0 ? null : description,
            Color = AnswerEmbed.Color,
            Fields = readMore is null ? null : [readMore],
            Footer = new EmbedFooter(footer),
        };
    }
}
