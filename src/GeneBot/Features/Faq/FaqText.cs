using GeneBot.Knowledge.Answers;
using GeneBot.Knowledge.Corpus;

namespace GeneBot.Features.Faq;

/// <summary>The plain-text form of an FAQ entry, with the article it links to and the disclaimer.</summary>
public static class FaqText
{
    public static string Render(FaqEntry entry) =>
        $"{entry.Title}\n\n{Markdown.Escape(entry.Body)}\n\nRead more: {entry.Link}\n\n{ReplyText.Disclaimer}";
}
