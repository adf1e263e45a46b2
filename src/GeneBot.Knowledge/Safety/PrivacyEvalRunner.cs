using System.Text.Json;
using System.Text.Json.Serialization;

namespace GeneBot.Knowledge.Safety;

/// <summary>Scores the <see cref="PrivacyDetector"/> on a JSONL file of <c>{"id", "q", "private": true|false}</c>.</summary>
public static class PrivacyEvalRunner
{
    private sealed record Item(
        [property: JsonPropertyName("id")] string Id,
        [property: JsonPropertyName("q")] string Question,
        [property: JsonPropertyName("private")] bool? Private);

    public static IReadOnlyList<(string Id, string Question, bool Private)> Load(string path)
    {
        var items = new List<(string, string, bool)>();
        var line = 0;
        foreach (var text in File.ReadLines(path))
        {
            line++;
            if (string.IsNullOrWhiteSpace(text))
                continue;
            var item = JsonSerializer.Deserialize<Item>(text);
            if (item is not { Id: not null, Question: not null, Private: { } isPrivate })
                throw new InvalidDataException($"{path}:{line}: expected {{\"id\", \"q\", \"private\": true|false}}");
            items.Add((item.Id, item.Question, isPrivate));
        }
        return items;
    }

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
