using System.Globalization;
using System.Text.RegularExpressions;
using GeneBot.Knowledge.Corpus;
using GeneBot.Knowledge.Evaluation;

namespace GeneBot.Knowledge.Answers;

/// <summary>
/// What people need to judge a source: the month and year its article was reviewed (flagged when older than
/// <see cref="StaleAfterMonths"/> months) and, for therapies the excerpt names, their status from the corpus's data
/// (an article's <c>status</c> list and <c>corpus/approvals.yml</c>), never from the excerpt's wording alone.
/// </summary>
public sealed class SourceDetails(CorpusSnapshot corpus, IReadOnlyList<ApprovedProduct> products, TimeProvider time)
{
    public const int StaleAfterMonths = 18;

    private readonly Dictionary<string, Article> articles = corpus.Articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
    private readonly Dictionary<string, string> faqLinks = corpus.Faqs.ToDictionary(f => $"faq:{f.Key}", f => f.Link, StringComparer.Ordinal);
    private readonly Dictionary<string, ApprovedProduct> byKey = products.ToDictionary(p => p.Key, StringComparer.Ordinal);

    /// <summary>The answer with each citation described, and its text rendered again to show it.</summary>
    public Answer Describe(Answer answer)
    {
        if (answer.Status != AnswerStatus.Answered || answer.Citations.Count == 0)
            return answer;
        var citations = answer.Citations.Select(Describe).ToArray();
        return answer with { Citations = citations, Text = AnswerRenderer.Render(citations) };
    }

    public Citation Describe(Citation citation)
    {
        var article = ArticleOf(citation.ArticleId);
        if (article is null)
            return citation;
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        return citation with
        {
            Reviewed = article.Reviewed,
            PossiblyOutdated = article.Reviewed is { } reviewed && reviewed < today.AddMonths(-StaleAfterMonths),
            Label = Label(article, EvalRunner.PlainText(citation.Excerpt)),
        };
    }

    private Article? ArticleOf(string id) =>
        articles.GetValueOrDefault(id) ?? (faqLinks.TryGetValue(id, out var link) ? articles.GetValueOrDefault(link) : null);

    private string? Label(Article article, string excerpt)
    {
        var labels = new List<string>();
        foreach (var status in article.Status)
        {
            if (status.IsApproved && byKey.TryGetValue(status.Product, out var product))
            {
                if (Names(excerpt, product.Brand, product.Generic) && FirstApproval(product) is { } approval)
                    labels.Add($"{product.Brand}: {approval.Regulator}-approved {approval.Year} ({ShortIndication(approval.Indication)})");
            }
            else if (!status.IsApproved && Names(excerpt, NamesOf(status.Product)))
            {
                labels.Add($"{NamesOf(status.Product)[0]}: {status.Label.ToLowerInvariant()}");
            }
        }
        return labels.Count == 0 ? null : string.Join("; ", labels.Distinct());
    }

    /// <summary>The FDA's first approval where there is one (GeneBot's readers are mostly in the US), else the earliest.</summary>
    private static RegulatoryApproval? FirstApproval(ApprovedProduct product) =>
        product.Approvals.Where(a => a.Regulator == "FDA").OrderBy(a => a.Year).FirstOrDefault()
        ?? product.Approvals.OrderBy(a => a.Year).FirstOrDefault();

    /// <summary>"B-cell acute lymphoblastic leukemia in patients up to 25…" → "B-cell acute lymphoblastic leukemia".</summary>
    internal static string ShortIndication(string indication)
    {
        var cut = Regex.Match(indication, @"\s(in|that|who|after|for|whose|with)\s|[,;(]");
        var text = cut.Success ? indication[..cut.Index] : indication;
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= 8 ? text.Trim() : string.Join(' ', words[..8]) + "…";
    }

    /// <summary>"mRNA-4157 (V940)" → ["mRNA-4157", "V940"].</summary>
    private static string[] NamesOf(string product) =>
        product.Split(['(', ')'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(n => n.Length > 0).ToArray();

    private static bool Names(string excerpt, params string[] names) =>
        names.Any(n => n.Length > 2 && Regex.IsMatch(excerpt, $@"(?<![\w-]){Regex.Escape(n)}(?![\w-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant));

    /// <summary>"Nov 2026".</summary>
    public static string Month(DateOnly date) => date.ToString("MMM yyyy", CultureInfo.InvariantCulture);
}
