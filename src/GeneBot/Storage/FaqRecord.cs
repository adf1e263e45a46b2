using System.Text.Json;
using GeneBot.Knowledge.Corpus;

namespace GeneBot.Storage;

/// <summary>The stored JSON form of an FAQ entry (in the audit trail's before and after columns).</summary>
public sealed record FaqRecord(string Key, IReadOnlyList<string> Aliases, string Title, string Link, string Body)
{
    public const string StoredSource = "(stored)";

    public static string? Serialize(FaqEntry? entry) =>
        entry is null ? null : JsonSerializer.Serialize(new FaqRecord(entry.Key, entry.Aliases, entry.Title, entry.Link, entry.Body));

    public static FaqEntry? Deserialize(string? json) =>
        json is null ? null : JsonSerializer.Deserialize<FaqRecord>(json) is { } r ? new FaqEntry(r.Key, r.Aliases, r.Title, r.Link, r.Body, StoredSource) : null;
}
