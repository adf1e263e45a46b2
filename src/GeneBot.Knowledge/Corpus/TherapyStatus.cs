namespace GeneBot.Knowledge.Corpus;

/// <summary>A therapy an article names, with its regulatory label ("approved" or "investigational").</summary>
public sealed record TherapyStatus(string Product, string Label)
{
    public bool IsApproved => string.Equals(Label, "approved", StringComparison.OrdinalIgnoreCase);
}
