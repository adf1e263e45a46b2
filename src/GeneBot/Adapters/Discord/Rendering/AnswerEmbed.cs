using System.Text;
using GeneBot.Discord.Models;
using GeneBot.Knowledge.Answers;

namespace GeneBot.Adapters.Discord.Rendering;

/// <summary>
/// An answer as an embed: a neutral title, the excerpts with their [n] markers in the description, one field per
/// citation (title § section, and the link when there is one) and the disclaimer in the footer. Within every embed
/// limit; a citation is shown whole or not at all (trailing ones are dropped first), only excerpts are shortened.
/// </summary>
public static class AnswerEmbed
{
    public const string Title = "From GeneBot's library";
    public const int Color = 0x2B7BB9;

    /// <summary>Description characters kept free before citations are added, so that excerpts are never crowded out.</summary>
    public const int DescriptionReserve = 1000;

    /// <summary>Below this much room a further excerpt is left out rather than shown as a stub.</summary>
    private const int MinExcerptRoom = 40;

    /// <summary>The embed, or null when not even the first citation fits whole (a corpus too odd to show).</summary>
    public static Embed? Render(Answer answer)
    {
        var footer = TextFit.Fit(answer.Disclaimer, DiscordLimits.FooterText);
        var fixedLength = Title.Length + footer.Length;
        var excerpts = answer.Citations.Select(c => $"[{c.N}] {c.Excerpt.Trim()}").ToArray();
        var reserve = Math.Min(DescriptionReserve, excerpts.Sum(e => e.Length + 2));

        var fields = new List<EmbedField>();
        var fieldsLength = 0;
        foreach (var citation in answer.Citations)
        {
            if (fields.Count == DiscordLimits.EmbedFields || SourceField(citation) is not { } field)
                break;
            var length = field.Name.Length + field.Value.Length;
            if (fixedLength + reserve + fieldsLength + length > DiscordLimits.EmbedTotal)
                break;
            fields.Add(field);
            fieldsLength += length;
        }
        if (fields.Count == 0)
            return null;

        var room = Math.Min(DiscordLimits.EmbedDescription, DiscordLimits.EmbedTotal - fixedLength - fieldsLength);
        var description = Description(excerpts.Take(fields.Count), room);
        return new Embed
        {
            Title = Title,
            Description = description.Length == 0 ? null : description,
            Color = Color,
            Fields = fields,
            Footer = new EmbedFooter(footer),
        };
    }

    /// <summary><c>[n] Title</c> and <c>§ Section</c>, the reviewed month and status label when known, and the link; or null when the citation is too long to show whole.</summary>
    public static EmbedField? SourceField(Citation citation)
    {
        var name = $"[{citation.N}] {Markdown.Escape(citation.Title.Trim())}";
        var value = $"§ {Markdown.Escape(citation.Section.Trim())}";
        if (citation.Reviewed is { } reviewed)
            value += $"\nReviewed {SourceDetails.Month(reviewed)}" + (citation.PossiblyOutdated ? " (possibly out of date)" : "");
        if (citation.Label is { } label)
            value += $"\n{Markdown.Escape(label)}";
        if (Link(citation.Url) is { } link)
            value += "\n" + link;
        return name.Length > DiscordLimits.FieldName || value.Length > DiscordLimits.FieldValue ? null : new EmbedField(name, value);
    }

    /// <summary>A Markdown link to an http(s) article URL that Markdown can carry unchanged; otherwise the URL as plain text.</summary>
    private static string? Link(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
            return null;
        var safe = Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            && url.IndexOfAny(['(', ')', '[', ']', '<', '>', ' ', '\n']) < 0;
        return safe ? $"[Read the article]({url})" : Markdown.Escape(url);
    }

    private static string Description(IEnumerable<string> excerpts, int room)
    {
        var sb = new StringBuilder();
        foreach (var excerpt in excerpts)
        {
            var separator = sb.Length == 0 ? "" : "\n\n";
            var left = room - sb.Length - separator.Length;
            if (excerpt.Length <= left)
            {
                sb.Append(separator).Append(excerpt);
                continue;
            }
            if (left >= MinExcerptRoom)
                sb.Append(separator).Append(TextFit.Fit(excerpt, left));
            break;
        }
        return sb.ToString();
    }
}
