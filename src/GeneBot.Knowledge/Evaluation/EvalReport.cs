namespace GeneBot.Knowledge.Evaluation;

/// <summary>Scores of one evaluation run. Rates are in [0, 1]; <see cref="Failures"/> lists the ids of in-domain items missed at k.</summary>
public sealed record EvalReport(
    int Items,
    int Answerable,
    int AbstainItems,
    double SuccessAt1,
    double SuccessAt3,
    double SuccessAt5,
    double Mrr,
    double? NdcgAt10,
    double AbstentionRate,
    double FalseAbstentionRate,
    int K,
    double SuccessAtK,
    IReadOnlyList<string> Failures);
