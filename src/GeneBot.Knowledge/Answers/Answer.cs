namespace GeneBot.Knowledge.Answers;

/// <summary>GeneBot's reply to one question: cited excerpts, or an honest abstention. <see cref="Text"/> is the reply as a chat user reads it.</summary>
public sealed record Answer(
    string Question,
    AnswerStatus Status,
    double Confidence,
    string Text,
    IReadOnlyList<Citation> Citations,
    string Disclaimer)
{
    /// <summary>How the question was triaged before retrieval.</summary>
    public Safety.TriageClass Triage { get; init; } = Safety.TriageClass.Informational;

    /// <summary>The question as GeneBot resolved it: the question itself, or with the earlier question it follows up.</summary>
    public string? Context { get; init; }
}
