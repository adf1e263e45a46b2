namespace GeneBot.Knowledge.Corpus;

/// <summary>A product a regulator approved, from <c>corpus/approvals.yml</c>: the data behind every "approved" in the corpus.</summary>
public sealed record ApprovedProduct(string Key, string Brand, string Generic, string Kind, bool Cancer, IReadOnlyList<RegulatoryApproval> Approvals);
