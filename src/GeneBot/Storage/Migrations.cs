namespace GeneBot.Storage;

/// <summary>The schema, as numbered steps applied in order at start; <c>PRAGMA user_version</c> records the last one applied.</summary>
public static class Migrations
{
    public static IReadOnlyList<string> Steps { get; } =
    [
        // 1: FAQ edits and their audit trail, answers (for stats and feedback), feedback, abstained questions.
        """
        CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE faq_entries(
            key TEXT PRIMARY KEY, aliases TEXT NOT NULL, title TEXT NOT NULL, link TEXT NOT NULL, body TEXT NOT NULL,
            removed INTEGER NOT NULL DEFAULT 0, updated_at TEXT NOT NULL, updated_by TEXT NOT NULL);
        CREATE TABLE faq_audit(
            id INTEGER PRIMARY KEY AUTOINCREMENT, key TEXT NOT NULL, action TEXT NOT NULL, who TEXT NOT NULL, at TEXT NOT NULL,
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
    ];

    public static int Latest => Steps.Count;
}
