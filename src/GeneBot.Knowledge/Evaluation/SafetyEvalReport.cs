using GeneBot.Knowledge.Safety;

namespace GeneBot.Knowledge.Evaluation;

/// <summary>Triage quality: precision and recall per class, the share of informational questions sent elsewhere, and every miss.</summary>
public sealed record SafetyEvalReport(
    int Items,
    IReadOnlyDictionary<TriageClass, ClassScore> Classes,
    double InformationalMisrouted,
    IReadOnlyList<string> Misses);

/// <summary>Precision and recall of one triage class, with the counts behind them.</summary>
public sealed record ClassScore(int Expected, int Predicted, int Correct)
{
    public double Precision => Predicted == 0 ? 1 : (double)Correct / Predicted;
    public double Recall => Expected == 0 ? 1 : (double)Correct / Expected;
}
