using System.Text.RegularExpressions;
using GeneBot.Knowledge.Answers;

namespace GeneBot.Knowledge.Evaluation;

/// <summary>
/// Scores GeneBot on a JSONL evaluation file: success@1/3/5 (a top-k citation's excerpt matches an expected regex, or
/// cites a relevant article), MRR, nDCG@10 where articles are judged, abstention on out-of-domain items and false
/// abstention on the rest.
/// </summary>
public static class EvalRunner
{
    public const int Depth = 10;

    public static IReadOnlyList<EvalItem> Load(string path) =>
        JsonLines.Read<EvalItem, EvalItem>(path, item => item, "{\"id\", \"q\", \"expect\"|\"relevant\"|\"abstain\"}");

    /// <param name="answer">Answers an item with up to <see cref="Depth"/> citations.</param>
    public static EvalReport Run(IReadOnlyList<EvalItem> items, Func<EvalItem, Answer> answer, int k = 3)
    {
        var answerable = items.Where(i => !i.Abstain).ToArray();
        var abstainItems = items.Where(i => i.Abstain).ToArray();
        var ranks = new List<int?>();
        var ndcgs = new List<double>();
        var falseAbstentions = 0;
        var failures = new List<string>();

        foreach (var item in answerable)
        {
            var reply = answer(item);
            if (reply.Status == AnswerStatus.Abstained)
                falseAbstentions++;
            var isHit = Matcher(item);
            var rank = reply.Citations.Select((c, i) => (c, i)).FirstOrDefault(x => isHit(x.c)).c is { } found
                ? reply.Citations.ToList().IndexOf(found) + 1
                : (int?)null;
            ranks.Add(rank);
            if (rank is null || rank > k)
                failures.Add(item.Id);
            if (item.Relevant is { Count: > 0 } relevant)
            {
                var judgments = relevant.Distinct().ToDictionary(r => r, _ => 1);
                var ranked = reply.Citations.Select(c => c.ArticleId).Distinct().ToArray();
                ndcgs.Add(RankingMetrics.Ndcg(ranked, judgments, Depth));
            }
        }

        var abstained = abstainItems.Count(i => answer(i).Status == AnswerStatus.Abstained);
        double At(int n) => answerable.Length == 0 ? 0 : (double)ranks.Count(r => r <= n) / answerable.Length;
        return new EvalReport(
            items.Count,
            answerable.Length,
            abstainItems.Length,
            At(1), At(3), At(5),
            answerable.Length == 0 ? 0 : ranks.Sum(r => r is null ? 0 : 1.0 / r.Value) / answerable.Length,
            ndcgs.Count == 0 ? null : ndcgs.Average(),
            abstainItems.Length == 0 ? 0 : (double)abstained / abstainItems.Length,
            answerable.Length == 0 ? 0 : (double)falseAbstentions / answerable.Length,
            k,
            At(k),
            failures);
    }

    private static Func<Citation, bool> Matcher(EvalItem item)
    {
        var regexes = (item.Expect ?? []).Select(e => new Regex(e, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1))).ToArray();
        var relevant = (item.Relevant ?? []).ToHashSet(StringComparer.Ordinal);
        return c => relevant.Contains(c.ArticleId) || regexes.Any(r => r.IsMatch(PlainText(c.Excerpt)));
    }

    /// <summary>An excerpt without its bold markers and Markdown escapes.</summary>
    public static string PlainText(string excerpt) =>
        Regex.Replace(excerpt.Replace("**", ""), @"\\(.)", "$1");
}
