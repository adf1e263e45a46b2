using System.Diagnostics;
using System.Diagnostics.Metrics;
using GeneBot.Knowledge.Answers;
using GeneBot.Knowledge.Safety;

namespace GeneBot.Telemetry;

/// <summary>
/// GeneBot's own instruments, on the Meter "GeneBot" (names, units and tags are documented in docs/DEPLOY.md). Created
/// through <see cref="IMeterFactory"/> so each host (and each test) has its own meter instance.
/// </summary>
public sealed class GeneBotMetrics
{
    public const string MeterName = "GeneBot";

    private readonly Counter<long> questions;
    private readonly Histogram<double> answerLatency;
    private readonly Counter<long> abstentions;
    private readonly Histogram<double> reindexDuration;

    public GeneBotMetrics(IMeterFactory meterFactory)
    {
        Meter = meterFactory.Create(MeterName);
        questions = Meter.CreateCounter<long>("genebot.questions", "{question}",
            "Questions handled, by outcome (status) and safety triage class (triage).");
        answerLatency = Meter.CreateHistogram<double>("genebot.answer.latency", "ms",
            "Time from a question to its composed reply (triage, retrieval and composition), by status.");
        abstentions = Meter.CreateCounter<long>("genebot.abstentions", "{question}",
            "Questions the library could not answer (the gaps report counts the same).");
        reindexDuration = Meter.CreateHistogram<double>("genebot.reindex.duration", "s",
            "Duration of a rebuild of the search index, by result (ok or failed).");
    }

    public Meter Meter { get; }

    /// <summary>A question over the rate limit, answered with a notice and never triaged.</summary>
    public void QuestionRateLimited() =>
        questions.Add(1, new TagList { { "status", "rate_limited" }, { "triage", "none" } });

    public void QuestionAnswered(Answer answer, TimeSpan elapsed)
    {
        var status = StatusTag(answer.Status);
        questions.Add(1, new TagList { { "status", status }, { "triage", TriageTag(answer.Triage) } });
        answerLatency.Record(elapsed.TotalMilliseconds, new KeyValuePair<string, object?>("status", status));
        if (answer.Status == AnswerStatus.Abstained)
            abstentions.Add(1);
    }

    public void Reindexed(TimeSpan elapsed, bool ok) =>
        reindexDuration.Record(elapsed.TotalSeconds, new KeyValuePair<string, object?>("result", ok ? "ok" : "failed"));

    public static string StatusTag(AnswerStatus status) => status switch
    {
        AnswerStatus.Answered => "answered",
        AnswerStatus.Abstained => "abstained",
        AnswerStatus.Safety => "safety",
        _ => "unknown",
    };

    public static string TriageTag(TriageClass triage) => triage switch
    {
        TriageClass.Informational => "informational",
        TriageClass.Advice => "advice",
        TriageClass.Urgent => "urgent",
        TriageClass.Crisis => "crisis",
        _ => "unknown",
    };
}
