using System.Text.Json;

namespace GeneBot.Knowledge.Evaluation;

/// <summary>Reads a JSONL evaluation file: one object per non-blank line; a bad line is reported as <c>path:line: expected …</c>.</summary>
public static class JsonLines
{
    /// <param name="convert">Turns a parsed line into an item, or returns null when the line lacks what <paramref name="expected"/> describes.</param>
    public static IReadOnlyList<TItem> Read<TLine, TItem>(string path, Func<TLine, TItem?> convert, string expected)
    {
        var items = new List<TItem>();
        var number = 0;
        foreach (var text in File.ReadLines(path))
        {
            number++;
            if (string.IsNullOrWhiteSpace(text))
                continue;
            TItem? item;
            try
            {
                item = JsonSerializer.Deserialize<TLine>(text) is { } line ? convert(line) : default;
            }
            catch (JsonException ex)
            {
                throw new InvalidDataException($"{path}:{number}: not a valid evaluation item; expected {expected} ({ex.Message})", ex);
            }
            items.Add(item ?? throw new InvalidDataException($"{path}:{number}: not a valid evaluation item; expected {expected}"));
        }
        return items;
    }
}
