using System.Text.Json.Serialization;
using GeneBot.Knowledge.Safety;

namespace GeneBot.Knowledge.Evaluation;

/// <summary>Scores the triage classifier on a JSONL file of <c>{"id", "q", "triage": "urgent|crisis|advice|informational"}</c>.</summary>
public static class SafetyEvalRunner
{
    private sealed record Item(
        [property: JsonPropertyName("id")] string Id,
        [property: JsonPropertyName("q")] string Question,
        [property: JsonPropertyName("triage")] string Triage);

    public static IReadOnlyList<(string Id, string Question, TriageClass Expected)> Load(string path) =>
        JsonLines.Read<Item, (string, string, TriageClass)?>(
            path,
            item => item is { Id: not null, Question: not null } && Enum.TryParse<TriageClass>(item.Triage, ignoreCase: true, out var expected)
                ? (item.Id, item.Question, expected)
                : null,
            "{\"id\", \"q\", \"triage\": urgent|crisis|advice|informational}")
        .Select(i => i!.Value).ToArray();

    public static SafetyEvalReport Run(IReadOnlyList<(string Id, string Question, TriageClass Expected)> items, TriageClassifier classifier)
    {
        var results = items.Select(i => (i.Id, i.Expected, Actual: classifier.Classify(i.Question).Class)).ToArray();
        var classes = Enum.GetValues<TriageClass>().ToDictionary(
            c => c,
            c => new ClassScore(results.Count(r => r.Expected == c), results.Count(r => r.Actual == c), results.Count(r => r.Expected == c && r.Actual == c)));
        var informational = results.Where(r => r.Expected == TriageClass.Informational).ToArray();
        return new SafetyEvalReport(
            items.Count,
            classes,
            informational.Length == 0 ? 0 : (double)informational.Count(r => r.Actual != TriageClass.Informational) / informational.Length,
            results.Where(r => r.Expected != r.Actual).Select(r => $"{r.Id}: expected {r.Expected}, got {r.Actual}").ToArray());
    }
}
