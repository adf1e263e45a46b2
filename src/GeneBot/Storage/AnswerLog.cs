namespace GeneBot.Storage;

/// <summary><see cref="IAnswerLog"/>, <see cref="IFeedbackStore"/> and <see cref="IStatsStore"/> over tables answers, feedback and unanswered.</summary>
public sealed class AnswerLog(GeneBotDb db) : IAnswerLog, IFeedbackStore, IStatsStore
{
    public void Record(AnswerRecord answer) => db.Write((c, t) =>
    {
        var at = GeneBotDb.Timestamp(answer.At);
        GeneBotDb.Execute(c, t, "INSERT INTO answers(id, at, outcome, user_hash, faq_key) VALUES(@id, @at, @outcome, @user, @faq) ON CONFLICT DO NOTHING",
            ("@id", answer.Id), ("@at", at), ("@outcome", answer.Outcome.ToString().ToLowerInvariant()), ("@user", answer.UserHash), ("@faq", answer.FaqKey));
        if (answer.Outcome == AnswerOutcome.Abstained && !string.IsNullOrWhiteSpace(answer.AbstainedQuestion))
        {
            GeneBotDb.Execute(c, t, "INSERT INTO unanswered(answer_id, at, question, normalized) VALUES(@id, @at, @q, @n) ON CONFLICT DO NOTHING",
                ("@id", answer.Id), ("@at", at), ("@q", answer.AbstainedQuestion), ("@n", QuestionText.Normalize(answer.AbstainedQuestion)));
        }
    });

    public int Purge(DateTimeOffset before) => db.Write((c, t) =>
    {
        var cutoff = GeneBotDb.Timestamp(before);
        var questions = GeneBotDb.Execute(c, t, "DELETE FROM unanswered WHERE at < @cutoff", ("@cutoff", cutoff));
        var reasons = GeneBotDb.Execute(c, t, "UPDATE feedback SET reason = NULL WHERE reason IS NOT NULL AND at < @cutoff", ("@cutoff", cutoff));
        return questions + reasons;
    });

    public bool Vote(string answerId, string userHash, int vote, string? reason, DateTimeOffset at) => db.Write((c, t) =>
    {
        if (GeneBotDb.Scalar(c, t, "SELECT 1 FROM answers WHERE id = @id", ("@id", answerId)) is null)
            return false;
        GeneBotDb.Execute(c, t,
            """
            INSERT INTO feedback(answer_id, user_hash, vote, reason, at) VALUES(@id, @user, @vote, @reason, @at)
            ON CONFLICT(answer_id, user_hash) DO UPDATE SET vote = excluded.vote, reason = excluded.reason, at = excluded.at
            """,
            ("@id", answerId), ("@user", userHash), ("@vote", Math.Sign(vote)), ("@reason", string.IsNullOrWhiteSpace(reason) ? null : reason.Trim()),
            ("@at", GeneBotDb.Timestamp(at)));
        return true;
    });

    public StatsReport Stats(DateTimeOffset since, int top = 5) => db.Read(c =>
    {
        var from = ("@since", (object?)GeneBotDb.Timestamp(since));
        int Count(string sql) => GeneBotDb.Rows(c, sql, r => (int)r.GetInt64(0), from).Single();
        List<CountedItem> Top(string sql) => GeneBotDb.Rows(c, sql, r => new CountedItem(r.GetString(0), (int)r.GetInt64(1)), from, ("@top", top));
        return new StatsReport(
            since,
            Count("SELECT COUNT(*) FROM answers WHERE outcome = 'answered' AND at >= @since"),
            Count("SELECT COUNT(*) FROM answers WHERE outcome = 'abstained' AND at >= @since"),
            Count("SELECT COUNT(*) FROM feedback WHERE vote > 0 AND at >= @since"),
            Count("SELECT COUNT(*) FROM feedback WHERE vote < 0 AND at >= @since"),
            Top("SELECT normalized, COUNT(*) AS n FROM unanswered WHERE at >= @since GROUP BY normalized ORDER BY n DESC, normalized LIMIT @top"),
            Top("SELECT faq_key, COUNT(*) AS n FROM answers WHERE faq_key IS NOT NULL AND at >= @since GROUP BY faq_key ORDER BY n DESC, faq_key LIMIT @top"));
    });
}
