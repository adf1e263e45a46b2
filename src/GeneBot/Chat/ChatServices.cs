using GeneBot.Features.Admin;
using GeneBot.Features.Ask;
using GeneBot.Features.Feedback;
using GeneBot.Storage;

namespace GeneBot.Chat;

/// <summary>
/// What the moderation features need beyond the knowledge base: the stores, the answer recorder, the reindex queue and
/// the rate limits. Without it (<c>genebot ask</c>, tests of the pure chat path) FAQ entries are read-only and nothing is recorded.
/// </summary>
public sealed record ChatServices(IFaqStore Faqs, IStatsStore Stats, AnswerRecorder Recorder, UserIdHasher Users, TimeProvider Time)
{
    public ReindexQueue? Reindex { get; init; }

    public QuestionRateLimits? RateLimits { get; init; }

    /// <summary>Questions, latency and abstentions are recorded here when set (the host sets it).</summary>
    public Telemetry.GeneBotMetrics? Metrics { get; init; }
}
