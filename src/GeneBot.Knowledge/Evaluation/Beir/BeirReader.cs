using System.Globalization;
using System.Text.Json;

namespace GeneBot.Knowledge.Evaluation.Beir;

/// <summary>Reads the three files of a BEIR collection: <c>corpus.jsonl</c>, <c>queries.jsonl</c> and <c>qrels/&lt;split&gt;.tsv</c>.</summary>
public static class BeirReader
{
    public static IEnumerable<BeirDocument> ReadCorpus(string path) =>
        ReadJsonLines(path, (root, where) => new BeirDocument(
            Required(root, "_id", where),
            Optional(root, "title"),
            Optional(root, "text"),
            root.TryGetProperty("metadata", out var metadata) && metadata.ValueKind == JsonValueKind.Object
                ? NullIfBlank(Optional(metadata, "qtype"))
                : null));

    public static IEnumerable<BeirQuery> ReadQueries(string path) =>
        ReadJsonLines(path, (root, where) => new BeirQuery(Required(root, "_id", where), Optional(root, "text")));

    /// <summary>
    /// Judgments by query id, then document id → grade. The header line (<c>query-id corpus-id score</c>) is skipped;
    /// a pair judged twice keeps its last grade, as trec_eval does.
    /// </summary>
    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> ReadQrels(string path)
    {
        var qrels = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
                continue;
            var cells = line.Split('\t');
            if (number == 1 && !int.TryParse(cells[^1], NumberStyles.Integer, CultureInfo.InvariantCulture, out _))
                continue;
            if (cells.Length != 3 || !int.TryParse(cells[2], NumberStyles.Integer, CultureInfo.InvariantCulture, out var grade))
                throw new InvalidDataException($"{path}:{number}: expected \"query-id<TAB>corpus-id<TAB>score\"");
            if (!qrels.TryGetValue(cells[0], out var judged))
                qrels[cells[0]] = judged = new Dictionary<string, int>(StringComparer.Ordinal);
            judged[cells[1]] = grade;
        }
        return qrels.ToDictionary(q => q.Key, q => (IReadOnlyDictionary<string, int>)q.Value, StringComparer.Ordinal);
    }

    private static IEnumerable<T> ReadJsonLines<T>(string path, Func<JsonElement, string, T> read)
    {
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
                continue;
            var where = $"{path}:{number}";
            JsonDocument json;
            try
            {
                json = JsonDocument.Parse(line);
            }
            catch (JsonException ex)
            {
                throw new InvalidDataException($"{where}: not a JSON object ({ex.Message})", ex);
            }
            using (json)
                yield return read(json.RootElement, where);
        }
    }

    private static string Required(JsonElement root, string name, string where) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty(name, out var value) && value.ValueKind is JsonValueKind.String or JsonValueKind.Number
            ? value.ToString()
            : throw new InvalidDataException($"{where}: missing \"{name}\"");

    private static string Optional(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() ?? "" : "";

    private static string? NullIfBlank(string text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
