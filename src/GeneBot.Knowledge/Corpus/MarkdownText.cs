using System.Text;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace GeneBot.Knowledge.Corpus;

/// <summary>Turns an article body into <c>##</c> sections of plain-text paragraphs. HTML is dropped, never passed on.</summary>
internal static class MarkdownText
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().Build();

    public static IReadOnlyList<ArticleSection> Sections(string body, int bodyLine, string introHeading)
    {
        var document = Markdown.Parse(body, Pipeline);
        var sections = new List<ArticleSection>();
        var heading = introHeading;
        var headingLine = bodyLine;
        var paragraphs = new List<string>();

        void Flush()
        {
            if (paragraphs.Count > 0)
                sections.Add(new ArticleSection(heading, Slug.Anchor(heading), paragraphs.ToArray(), headingLine));
            paragraphs.Clear();
        }

        foreach (var block in document.Descendants<Block>())
        {
            switch (block)
            {
                case HeadingBlock { Level: <= 2 } h:
                    Flush();
                    heading = Inlines(h.Inline).Trim();
                    headingLine = bodyLine + h.Line;
                    break;
                case HeadingBlock h:
                    AddParagraph(paragraphs, Inlines(h.Inline));
                    break;
                case ParagraphBlock p:
                    AddParagraph(paragraphs, Inlines(p.Inline));
                    break;
            }
        }

        Flush();
        return sections;
    }

    private static void AddParagraph(List<string> paragraphs, string text)
    {
        var clean = Normalize(text);
        if (clean.Length > 0)
            paragraphs.Add(clean);
    }

    /// <summary>Collapses white space and strips control characters.</summary>
    public static string Normalize(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                space = sb.Length > 0;
                continue;
            }
            if (space)
                sb.Append(' ');
            sb.Append(c);
            space = false;
        }
        return sb.ToString();
    }

    private static string Inlines(ContainerInline? container)
    {
        if (container is null)
            return "";
        var sb = new StringBuilder();
        Append(sb, container);
        return sb.ToString();
    }

    private static void Append(StringBuilder sb, Inline inline)
    {
        switch (inline)
        {
            case LiteralInline literal:
                sb.Append(literal.Content.ToString());
                break;
            case CodeInline code:
                sb.Append(code.Content);
                break;
            case LineBreakInline:
                sb.Append(' ');
                break;
            case AutolinkInline autolink:
                sb.Append(autolink.Url);
                break;
            case HtmlInline or HtmlEntityInline { Transcoded.Length: 0 }:
                break;
            case HtmlEntityInline entity:
                sb.Append(entity.Transcoded.ToString());
                break;
            case ContainerInline container:
                foreach (var child in container)
                    Append(sb, child);
                break;
        }
    }
}
