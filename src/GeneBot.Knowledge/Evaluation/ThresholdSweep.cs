using GeneBot.Knowledge.Answers;

namespace GeneBot.Knowledge.Evaluation;

/// <summary>
/// How the abstention threshold trades answers for safety: each item is answered once with no threshold, then
/// success@k, false abstention and out-of-domain abstention are read off at each candidate threshold.
/// </summary>
public static class ThresholdSweep
{
    public sealed record Row(double Threshold, double SuccessAtK, double FalseAbstention, double OutOfDomainAbstention);

    /// <param name="answerWithoutThreshold">Answers an item with abstention switched off (threshold 0).</param>
    public static IReadOnlyList<Row> Run(IReadOnlyList<EvalItem> items, Func<EvalItem, Answer> answerWithoutThreshold, IEnumerable<double> thresholds, int k = 3)
    {
        var scored = items.Select(item =>
        {
            var answer = answerWithoutThreshold(item);
            var report = EvalRunner.Run([item], _ => answer, k);
            return (item.Abstain, answer.Confidence, Hit: !item.Abstain && report.SuccessAtK > 0);
        }).ToArray();
        var inDomain = scored.Where(s => !s.Abstain).ToArray();
        var outOfDomain = scored.Where(s => s.Abstain).ToArray();
        return thresholds.Select(t => new Row(
                t,
                Share(inDomain, s => s.Hit && s.Confidence >= t),
                Share(inDomain, s => s.Confidence < t),
                Share(outOfDomain, s => s.Confidence < t)))
            .ToArray();
    }

    private static double Share<T>(IReadOnlyCollection<T> items, Func<T, bool> predicate) =>
        items.Count == 0 ? 0 : (double)items.Count(predicate) / items.Count;
}
