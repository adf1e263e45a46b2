namespace GeneBot.Knowledge.Evaluation.Beir;

/// <summary>
/// A BEIR collection ready to evaluate: every document, and the queries of one split that have at least one relevant
/// judgment (grade ≥ 1), with those judgments. Queries judged only non-relevant are dropped, as BEIR and trec_eval do.
/// </summary>
public sealed record BeirDataset(
    string Name,
    string Split,
    IReadOnlyList<BeirDocument> Documents,
    IReadOnlyList<BeirQuery> Queries,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Judgments)
{
    public static BeirDataset Load(string directory, string split)
    {
        var qrelsPath = Path.Combine(directory, "qrels", split + ".tsv");
        if (!File.Exists(qrelsPath))
            throw new FileNotFoundException($"No judgments for split \"{split}\": {qrelsPath} does not exist.", qrelsPath);
        var judgments = BeirReader.ReadQrels(qrelsPath);
        var queries = BeirReader.ReadQueries(Path.Combine(directory, "queries.jsonl"))
            .Where(q => judgments.TryGetValue(q.Id, out var judged) && judged.Values.Any(g => g > 0))
            .ToArray();
        var documents = BeirReader.ReadCorpus(Path.Combine(directory, "corpus.jsonl")).ToArray();
        return new BeirDataset(
            Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory))),
            split,
            documents,
            queries,
            queries.ToDictionary(q => q.Id, q => judgments[q.Id], StringComparer.Ordinal));
    }
}
