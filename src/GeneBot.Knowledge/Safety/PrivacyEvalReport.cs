namespace GeneBot.Knowledge.Safety;

/// <summary>The personal-details detector on a labelled set: precision and recall of "private", and every miss.</summary>
public sealed record PrivacyEvalReport(int Items, int Expected, int Predicted, int Correct, IReadOnlyList<string> Misses)
{
    public double Precision => Predicted == 0 ? 1 : (double)Correct / Predicted;
    public double Recall => Expected == 0 ? 1 : (double)Correct / Expected;
}
