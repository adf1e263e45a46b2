using System.Globalization;
using System.Text.Json;

namespace GeneBot.Knowledge.Evaluation.Beir;

/// <summary>Reads the three files of a BEIR collection: <c>corpus.jsonl</c>, <c>queries.jsonl</c> and <c>qrels/&lt;split&gt;.tsv</c>.</summary>
public static class BeirReader
{
    public static IEnumerable<BeirDocument> ReadCorpus(string path) => ReadJsonLines(path, ParseDocument);

    public static IEnumerable<BeirQuery> ReadQueries(string path) => ReadJsonLines(path, ParseQuery);

    /// <summary>One corpus line: <c>{"_id", "title"?, "text"?, "metadata": {"qtype"?}?}</c>.</summary>
    public static BeirDocument ParseDocument(string line)
    {
        using var json = Parse(line);
        var root = json.RootElement;
        return new BeirDocument(
            Required(root, "_id"),
            Optional(root, "title"),
            Optional(root, "text"),
            root.TryGetProperty("metadata", out var metadata) && metadata.ValueKind == JsonValueKind.Object
                ? NullIfBlank(Optional(metadata, "qtype"))
                : null);
    }

    /// <summary>One queries line: <c>{"_id", "text"}</c>.</summary>
    public static BeirQuery ParseQuery(string line)
    {
        using var json = Parse(line);
        return new BeirQuery(Required(json.RootElement, "_id"), Optional(json.RootElement, "text"));
    }

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

    private static IEnumerable<T> ReadJsonLines<T>(string path, Func<string, T> parse)
    {
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
                continue;
            T item;
            try
            {
                item = parse(line);
            }
            catch (InvalidDataException ex)
            {
                throw new InvalidDataException($"{path}:{number}: {ex.Message}", ex);
            }
            yield return item;
        }
    }

    private static JsonDocument Parse(string line)
    {
        try
        {
            var json = JsonDocument.Parse(line);
            if (json.RootElement.ValueKind == JsonValueKind.Object)
                return json;
            json.Dispose();
        }
        catch (JsonException)
        {
        }
        throw new InvalidDataException("not a JSON object");
    }

    private static string Required(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind is JsonValueKind.String or JsonValueKind.Number
            ? value.ToString()
            : throw new InvalidDataException($"missing \"{name}\"");

    private static string Optional(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() ?? "" : "";

    private static string? NullIfBlank(string text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
