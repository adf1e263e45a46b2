using System.Text.Json.Nodes;
using GeneBot.Adapters.Discord.Rendering;
using GeneBot.Knowledge.Answers;
using static GeneBot.Adapters.Teams.Rendering.AdaptiveCard;

namespace GeneBot.Adapters.Teams.Rendering;

/// <summary>
/// A cited answer as an Adaptive Card: the safety or care-team lead first, the title, the numbered excerpts, the
/// numbered sources (title § section, review month, status label and a link) and the disclaimer.
/// </summary>
public static class AnswerCard
{
    public const string Title = "From GeneBot's library";

    /// <summary>The card with each excerpt cut to <paramref name="excerptRoom"/> characters and only the first <paramref name="citations"/> citations.</summary>
    public static JsonObject Render(Answer answer, string lead, string fallbackText, int excerptRoom, int citations)
    {
        var shown = answer.Citations.Take(citations).ToArray();
        var body = new List<JsonObject>();
        if (lead.Length > 0)
            body.Add(answer.Status == AnswerStatus.Safety ? TextBlock(lead, Bold, Attention) : TextBlock(lead, Bold));
        body.Add(TextBlock(Title, Bold, Medium));
        body.AddRange(shown.Select(c => TextBlock($"[{c.N}] {TextFit.Fit(c.Excerpt.Trim(), excerptRoom)}")));
        body.Add(TextBlock("Sources", Bold, Separator));
        body.AddRange(shown.Select(c => TextBlock(SourceLine(c), Small)));
        body.Add(TextBlock(answer.Disclaimer, Small, Subtle, Separator));
        return Card(body, fallbackText);
    }

    /// <summary><c>[n] Title § Section (reviewed …) [label]</c> and a Markdown link when the URL can carry one unchanged.</summary>
    public static string SourceLine(Citation citation)
    {
        var line = $"[{citation.N}] {citation.Title.Trim()} § {citation.Section.Trim()}{AnswerRenderer.Details(citation)}";
        return Link(citation.Url) is { } link ? $"{line} — {link}" : line;
    }

    private static string? Link(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
            return null;
        var safe = Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            && url.IndexOfAny(['(', ')', '[', ']', '<', '>', ' ', '\n']) < 0;
        return safe ? $"[Read the article]({url})" : url;
    }
}
