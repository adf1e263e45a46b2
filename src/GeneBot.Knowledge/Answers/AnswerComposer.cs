using GeneBot.Knowledge.Analysis;
using GeneBot.Knowledge.Search;

namespace GeneBot.Knowledge.Answers;

/// <summary>
/// Turns search hits into a reply: the best sentences of the top passages (at most two per article), numbered and
/// cited, or an abstention when the evidence is below the threshold. Every reply ends with the disclaimer.
/// </summary>
public sealed class AnswerComposer(double abstainThreshold, IReadOnlySet<string>? domainTerms = null)
{
    public const int MaxPerArticle = 2;

    /// <summary>A later citation must cover at least this share of what the first one covers, so weak hits are not padded in.</summary>
    public const double MinRelativeCoverage = 0.5;

    public double AbstainThreshold => abstainThreshold;

    public Answer Compose(SearchResult result, int top)
    {
        var plan = result.Plan;
        if (plan.IsEmpty)
            return Abstain(plan.Question, ReplyText.EmptyQuestion, 0);
        if (result.Hits.Count == 0)
            return Abstain(plan.Question, ReplyText.Abstention, 0);

        var first = result.Hits[0].Passage;
        var confidence = result.Hits.Take(3).Max(h => Evidence.Confidence(plan, $"{h.Passage.Title}. {h.Passage.Section}. {h.Passage.Text}", domainTerms));
        if (confidence < abstainThreshold)
            return Abstain(plan.Question, ReplyText.Abstention, confidence);

        var citations = new List<Citation>();
        var perArticle = new Dictionary<string, int>(StringComparer.Ordinal);
        double? firstCoverage = null;
        foreach (var hit in result.Hits)
        {
            if (citations.Count >= Math.Max(1, top))
                break;
            var passage = hit.Passage;
            if (perArticle.GetValueOrDefault(passage.ArticleId) >= MaxPerArticle)
                continue;

            var coverage = Evidence.Coverage(plan, Terms($"{passage.Title}. {passage.Section}. {passage.Text}"));
            firstCoverage ??= coverage;
            if (coverage < firstCoverage * MinRelativeCoverage)
                continue;

            var excerpt = ExcerptPicker.Pick(plan, passage.Text);
            if (excerpt.Length == 0)
                continue;
            perArticle[passage.ArticleId] = perArticle.GetValueOrDefault(passage.ArticleId) + 1;
            citations.Add(new Citation(citations.Count + 1, passage.ArticleId, passage.Title, passage.Section, excerpt, passage.Url, Math.Round(hit.Score, 4)));
        }

        return new Answer(plan.Question, AnswerStatus.Answered, Math.Round(confidence, 3), AnswerRenderer.Render(citations), citations, ReplyText.Disclaimer);
    }

    private static Answer Abstain(string question, string message, double confidence) =>
        new(question, AnswerStatus.Abstained, Math.Round(confidence, 3), $"{message}\n\n{ReplyText.Disclaimer}", [], ReplyText.Disclaimer);

    private static HashSet<string> Terms(string text) =>
        GeneAnalyzer.Stemmed.Tokens(text).Select(t => t.Term).ToHashSet(StringComparer.Ordinal);
}
