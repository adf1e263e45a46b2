using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace GeneBot.Knowledge.Corpus;

/// <summary>Reads <c>corpus/approvals.yml</c>.</summary>
public static class ApprovalsTable
{
    public const string FileName = "approvals.yml";

    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(LowerCaseNamingConvention.Instance)
        .IgnoreUnmatchedProperties()
        .Build();

    public static IReadOnlyList<ApprovedProduct> Load(string corpusRoot)
    {
        var path = Path.Combine(corpusRoot, FileName);
        if (!File.Exists(path))
            return [];
        var rows = Deserializer.Deserialize<List<ProductRow>>(File.ReadAllText(path)) ?? [];
        return rows.Select(r => new ApprovedProduct(
                r.Key ?? "", r.Brand ?? "", r.Generic ?? "", r.Kind ?? "", r.Cancer,
                (r.Approvals ?? []).Select(a => new RegulatoryApproval(a.Regulator ?? "", a.Year, a.Indication ?? "", a.Url ?? "")).ToArray()))
            .ToArray();
    }

    private sealed class ProductRow
    {
        public string? Key { get; set; }
        public string? Brand { get; set; }
        public string? Generic { get; set; }
        public string? Kind { get; set; }
        public bool Cancer { get; set; }
        public List<ApprovalRow>? Approvals { get; set; }
    }

    private sealed class ApprovalRow
    {
        public string? Regulator { get; set; }
        public int Year { get; set; }
        public string? Indication { get; set; }
        public string? Url { get; set; }
    }
}
