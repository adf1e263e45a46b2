using System.Text.Json;
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

    public static IReadOnlyList<(string Id, string Question, TriageClass Expected)> Load(string path)
    {
        var items = new List<(string, string, TriageClass)>();
        var line = 0;
        foreach (var text in File.ReadLines(path))
        {
            line++;
            if (string.IsNullOrWhiteSpace(text))
                continue;
            var item = JsonSerializer.Deserialize<Item>(text);
            if (item is null || !Enum.TryParse<TriageClass>(item.Triage, ignoreCase: true, out var expected))
                throw new InvalidDataException($"{path}:{line}: expected {{\"id\", \"q\", \"triage\": urgent|crisis|advice|informational}}");
            items.Add((item.Id, item.Question, expected));
        }
        return items;
    }

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
