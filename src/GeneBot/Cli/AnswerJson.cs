using System.Text.Json.Serialization;
using GeneBot.Knowledge.Answers;

namespace GeneBot.Cli;

/// <summary>The stable JSON contract of an answer (<c>genebot ask --format json|jsonl</c>).</summary>
public sealed record AnswerJson(
    [property: JsonPropertyName("question")] string Question,
    [property: JsonPropertyName("context")] string Context,
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("triage")] string Triage,
    [property: JsonPropertyName("confidence")] double Confidence,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("citations")] IReadOnlyList<CitationJson> Citations,
    [property: JsonPropertyName("disclaimer")] string Disclaimer)
{
    public static AnswerJson From(Answer answer) => new(
        answer.Question,
        answer.Context ?? answer.Question,
        answer.Status.ToString().ToLowerInvariant(),
        answer.Triage.ToString().ToLowerInvariant(),
        answer.Confidence,
        answer.Text,
        answer.Citations.Select(c => new CitationJson(
            c.N, c.ArticleId, c.Title, c.Section, c.Excerpt, c.Url, c.Score,
            c.Reviewed?.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture), c.PossiblyOutdated, c.Label)).ToArray(),
        answer.Disclaimer);
}

public sealed record CitationJson(
    [property: JsonPropertyName("n")] int N,
    [property: JsonPropertyName("articleId")] string ArticleId,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("section")] string Section,
    [property: JsonPropertyName("excerpt")] string Excerpt,
    [property: JsonPropertyName("url")] string? Url,
    [property: JsonPropertyName("score")] double Score,
    [property: JsonPropertyName("reviewed")] string? Reviewed,
    [property: JsonPropertyName("possiblyOutdated")] bool PossiblyOutdated,
    [property: JsonPropertyName("label")] string? Label);

[JsonSourceGenerationOptions(WriteIndented = false)]
[JsonSerializable(typeof(AnswerJson))]
[JsonSerializable(typeof(Knowledge.Evaluation.EvalReport))]
[JsonSerializable(typeof(Knowledge.Evaluation.SafetyEvalReport))]
public sealed partial class CliJsonContext : JsonSerializerContext;
