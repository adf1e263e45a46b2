using System.Text.Json.Serialization;

namespace GeneBot.Knowledge.Evaluation.Beir;

/// <summary>
/// Scores of one ranker on one split, averaged over every judged query (a query with no results scores 0, as with
/// <c>trec_eval -c</c>), and how fast the queries ran (one thread, after indexing).
/// </summary>
public sealed record BeirReport(
    [property: JsonPropertyName("ndcg@10")] double NdcgAt10,
    [property: JsonPropertyName("recall@100")] double RecallAt100,
    [property: JsonPropertyName("mrr@10")] double MrrAt10,
    [property: JsonPropertyName("queries")] int Queries,
    [property: JsonPropertyName("qps")] double Qps)
{
    [JsonIgnore] public int Documents { get; init; }
    [JsonIgnore] public TimeSpan IndexTime { get; init; }
    [JsonIgnore] public TimeSpan QueryTime { get; init; }
    [JsonIgnore] public IReadOnlyDictionary<string, double> NdcgByQuery { get; init; } = new Dictionary<string, double>();

    /// <summary>Each query's ranking, in trec_eval's order, first <see cref="BeirEvaluator.Depth"/> documents.</summary>
    [JsonIgnore] public IReadOnlyDictionary<string, IReadOnlyList<ScoredDocument>> Runs { get; init; } = new Dictionary<string, IReadOnlyList<ScoredDocument>>();

    /// <summary>The runs in TREC format (<c>qid Q0 docid rank score tag</c>), for checking with trec_eval itself.</summary>
    public IEnumerable<string> TrecRunLines(string tag) =>
        Runs.SelectMany(r => r.Value.Select((d, i) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{r.Key} Q0 {d.Id} {i + 1} {d.Score:R} {tag}")));
}
