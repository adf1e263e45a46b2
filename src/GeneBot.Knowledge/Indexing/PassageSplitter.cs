using GeneBot.Knowledge.Corpus;

namespace GeneBot.Knowledge.Indexing;

/// <summary>
/// Cuts each section into passages on sentence boundaries: a passage closes at a paragraph end once it holds
/// <see cref="MinWords"/> words, and before a sentence that would take it past <see cref="MaxWords"/>.
/// A short tail joins the passage before it when the two fit together.
/// </summary>
public static class PassageSplitter
{
    public const int MinWords = 40;
    public const int MaxWords = 150;

    public static IReadOnlyList<Passage> Split(Article article, string? articleBaseUrl)
    {
        var passages = new List<Passage>();
        foreach (var section in article.Sections)
        {
            foreach (var text in SplitSection(section.Paragraphs))
            {
                var order = passages.Count;
                passages.Add(new Passage(
                    $"{article.Id}#{order}", article.Id, article.Title, section.Heading, section.Anchor, order, text,
                    PassageKind.Article, LinkFor(article, section.Anchor, articleBaseUrl)));
            }
        }
        return passages;
    }

    public static Passage Split(FaqEntry faq, IReadOnlyDictionary<string, Article> articles, string? articleBaseUrl)
    {
        string? url = faq.Link.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ? faq.Link
            : articles.TryGetValue(faq.Link, out var article) ? LinkFor(article, "", articleBaseUrl) : null;
        return new Passage($"faq:{faq.Key}", $"faq:{faq.Key}", faq.Title, "FAQ", "", 0, faq.Body.Replace("\n\n", " "), PassageKind.Faq, url);
    }

    public static string? LinkFor(Article article, string anchor, string? articleBaseUrl)
    {
        var suffix = anchor.Length > 0 ? "#" + anchor : "";
        if (article.Url is { } url)
            return url + suffix;
        return string.IsNullOrWhiteSpace(articleBaseUrl) ? null : $"{articleBaseUrl.TrimEnd('/')}/{article.Id}.md{suffix}";
    }

    internal static IReadOnlyList<string> SplitSection(IReadOnlyList<string> paragraphs)
    {
        var passages = new List<List<string>>();
        var current = new List<string>();
        var words = 0;

        void Close()
        {
            if (current.Count > 0)
                passages.Add(current);
            current = [];
            words = 0;
        }

        foreach (var paragraph in paragraphs)
        {
            foreach (var sentence in SentenceSplitter.Split(paragraph))
            {
                var count = WordCount(sentence);
                if (words > 0 && words + count > MaxWords)
                    Close();
                current.Add(sentence);
                words += count;
            }
            if (words >= MinWords)
                Close();
        }
        Close();

        // A short tail joins its neighbour when both fit in one passage.
        if (passages.Count >= 2)
        {
            var last = passages[^1];
            var previous = passages[^2];
            var lastWords = last.Sum(WordCount);
            if (lastWords < MinWords && lastWords + previous.Sum(WordCount) <= MaxWords)
            {
                previous.AddRange(last);
                passages.RemoveAt(passages.Count - 1);
            }
        }

        return passages.Select(p => string.Join(' ', p)).ToArray();
    }

    public static int WordCount(string text) =>
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Length;
}
