namespace GeneBot.Storage;

/// <summary>
/// The schema as numbered steps applied in order at start, written once and rendered in each provider's dialect, so
/// SQLite and PostgreSQL always have the same tables, columns and version numbers. Times are fixed-width UTC text on
/// both, so every query runs unchanged on either.
/// </summary>
public static class Migrations
{
    public static IReadOnlyList<string> Sqlite { get; } = Steps(identity: "INTEGER PRIMARY KEY AUTOINCREMENT", bigint: "INTEGER");

    public static IReadOnlyList<string> Postgres { get; } = Steps(identity: "BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY", bigint: "BIGINT");

    private static string[] Steps(string identity, string bigint) =>
    [
        // 1: FAQ edits and their audit trail, answers (for stats and feedback), feedback, abstained questions.
        $"""
        CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE faq_entries(
            key TEXT PRIMARY KEY, aliases TEXT NOT NULL, title TEXT NOT NULL, link TEXT NOT NULL, body TEXT NOT NULL,
            removed INTEGER NOT NULL DEFAULT 0, updated_at TEXT NOT NULL, updated_by TEXT NOT NULL);
        CREATE TABLE faq_audit(
            id {identity}, key TEXT NOT NULL, action TEXT NOT NULL, who TEXT NOT NULL, at TEXT NOT NULL,
            before TEXT NULL, after TEXT NULL);
        CREATE INDEX faq_audit_key ON faq_audit(key, id);
        CREATE TABLE answers(id TEXT PRIMARY KEY, at TEXT NOT NULL, outcome TEXT NOT NULL, user_hash TEXT NOT NULL, faq_key TEXT NULL);
        CREATE INDEX answers_at ON answers(at);
        CREATE TABLE feedback(
            answer_id TEXT NOT NULL, user_hash TEXT NOT NULL, vote INTEGER NOT NULL, reason TEXT NULL, at TEXT NOT NULL,
            PRIMARY KEY(answer_id, user_hash));
        CREATE TABLE unanswered(answer_id TEXT PRIMARY KEY, at TEXT NOT NULL, question TEXT NOT NULL, normalized TEXT NOT NULL);
        CREATE INDEX unanswered_at ON unanswered(at);
        """,
        // 2: who has seen the one-time "what GeneBot is and is not" note (salted hashes only).
        """
        CREATE TABLE first_use(user_hash TEXT PRIMARY KEY, at TEXT NOT NULL);
        """,
        // 3: the corpus generation, advanced by each announced reindex and polled by every process sharing the store.
        $"""
        CREATE TABLE corpus_generation(id INTEGER PRIMARY KEY CHECK (id = 1), value {bigint} NOT NULL);
        INSERT INTO corpus_generation(id, value) VALUES(1, 0);
        """,
    ];
}
