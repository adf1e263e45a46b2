using System.Text.Json.Serialization;

namespace GeneBot.Knowledge.Evaluation;

/// <summary>One line of an evaluation file: a question with regexes its excerpts should match, articles that are relevant, or a flag that it must abstain.</summary>
public sealed record EvalItem
{
    [JsonPropertyName("id")] public string Id { get; init; } = "";
    [JsonPropertyName("q")] public string Question { get; init; } = "";
    [JsonPropertyName("expect")] public IReadOnlyList<string>? Expect { get; init; }
    [JsonPropertyName("relevant")] public IReadOnlyList<string>? Relevant { get; init; }
    [JsonPropertyName("abstain")] public bool Abstain { get; init; }
    /// <summary>Earlier turns of a conversation, for follow-up evaluation.</summary>
    [JsonPropertyName("context")] public IReadOnlyList<string>? Context { get; init; }
}
