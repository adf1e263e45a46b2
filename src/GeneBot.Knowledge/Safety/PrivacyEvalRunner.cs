using System.Text.Json.Serialization;

namespace GeneBot.Knowledge.Safety;

/// <summary>Scores the <see cref="PrivacyDetector"/> on a JSONL file of <c>{"id", "q", "private": true|false}</c>.</summary>
public static class PrivacyEvalRunner
{
    private sealed record Item(
        [property: JsonPropertyName("id")] string Id,
        [property: JsonPropertyName("q")] string Question,
        [property: JsonPropertyName("private")] bool? Private);

    public static IReadOnlyList<(string Id, string Question, bool Private)> Load(string path) =>
        Evaluation.JsonLines.Read<Item, (string, string, bool)?>(
            path,
            item => item is { Id: not null, Question: not null, Private: { } isPrivate } ? (item.Id, item.Question, isPrivate) : null,
            "{\"id\", \"q\", \"private\": true|false}")
        .Select(i => i!.Value).ToArray();

    public static PrivacyEvalReport Run(IReadOnlyList<(string Id, string Question, bool Private)> items, PrivacyDetector detector)
    {
        var results = items.Select(i => (i.Id, i.Private, Found: detector.Detect(i.Question))).ToArray();
        return new PrivacyEvalReport(
            items.Count,
            results.Count(r => r.Private),
            results.Count(r => r.Found.HasPersonalDetails),
            results.Count(r => r.Private && r.Found.HasPersonalDetails),
            results.Where(r => r.Private != r.Found.HasPersonalDetails)
                .Select(r => $"{r.Id}: expected {(r.Private ? "private" : "public")}, found [{string.Join(", ", r.Found.Kinds)}]")
                .ToArray());
    }
}
