using System.Text.Json;
using GeneBot.Knowledge.Corpus;

namespace GeneBot.Storage;

/// <summary><see cref="IFaqStore"/> in the store (either provider): table faq_entries holds the current stored entries, faq_audit every change.</summary>
public sealed class FaqStore(GeneBotDb db) : IFaqStore
{
    public IReadOnlyList<FaqOverride> Overrides() => db.Read(c => GeneBotDb.Rows(c,
        "SELECT key, aliases, title, link, body, removed FROM faq_entries ORDER BY key",
        r => new FaqOverride(r.GetString(0), r.GetInt64(5) != 0
            ? null
            : new FaqEntry(r.GetString(0), JsonSerializer.Deserialize<string[]>(r.GetString(1)) ?? [], r.GetString(2), r.GetString(3), r.GetString(4), FaqRecord.StoredSource))));

    public void Save(FaqChange change) => db.Write((c, t) =>
    {
        var after = change.After;
        GeneBotDb.Execute(c, t,
            """
            INSERT INTO faq_entries(key, aliases, title, link, body, removed, updated_at, updated_by)
            VALUES(@key, @aliases, @title, @link, @body, @removed, @at, @who)
            ON CONFLICT(key) DO UPDATE SET aliases = excluded.aliases, title = excluded.title, link = excluded.link,
                body = excluded.body, removed = excluded.removed, updated_at = excluded.updated_at, updated_by = excluded.updated_by
            """,
            ("@key", change.Key),
            ("@aliases", JsonSerializer.Serialize(after?.Aliases ?? change.Before?.Aliases ?? [])),
            ("@title", after?.Title ?? change.Before?.Title ?? ""),
            ("@link", after?.Link ?? change.Before?.Link ?? ""),
            ("@body", after?.Body ?? change.Before?.Body ?? ""),
            ("@removed", after is null ? 1 : 0),
            ("@at", GeneBotDb.Timestamp(change.At)),
            ("@who", change.Who));
        GeneBotDb.Execute(c, t,
            "INSERT INTO faq_audit(key, action, who, at, before, after) VALUES(@key, @action, @who, @at, @before, @after)",
            ("@key", change.Key),
            ("@action", change.Action.ToString().ToLowerInvariant()),
            ("@who", change.Who),
            ("@at", GeneBotDb.Timestamp(change.At)),
            ("@before", FaqRecord.Serialize(change.Before)),
            ("@after", FaqRecord.Serialize(after)));
    });

    public IReadOnlyList<FaqChange> History(string key, int limit = 20) => db.Read(c => GeneBotDb.Rows(c,
        "SELECT key, action, who, at, before, after FROM faq_audit WHERE key = @key ORDER BY id DESC LIMIT @limit",
        r => new FaqChange(r.GetString(0), Enum.Parse<FaqAction>(r.GetString(1), ignoreCase: true), r.GetString(2),
            GeneBotDb.ParseTimestamp(r.GetString(3)),
            FaqRecord.Deserialize(r.IsDBNull(4) ? null : r.GetString(4)),
            FaqRecord.Deserialize(r.IsDBNull(5) ? null : r.GetString(5))),
        ("@key", key), ("@limit", limit)));
}
