namespace GeneBot.Knowledge.Corpus;

/// <summary>One regulator's approval of a product: who, when, for what, and the source.</summary>
public sealed record RegulatoryApproval(string Regulator, int Year, string Indication, string Url);
