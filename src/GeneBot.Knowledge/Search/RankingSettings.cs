namespace GeneBot.Knowledge.Search;

/// <summary>GeneBot's ranking knobs, chosen on the evaluation sets (docs/BENCHMARKS.md). Kept together so the bot, eval and benchmarks rank alike.</summary>
public sealed record RankingSettings
{
    public static RankingSettings Default { get; } = new();

    public float K1 { get; init; } = 1.2f;
    public float B { get; init; } = 0.75f;
    public float TitleBoost { get; init; } = 1.2f;
    public float SectionBoost { get; init; } = 1.2f;
    public float ExactBoost { get; init; } = 1.0f;
    public float PhraseBoost { get; init; } = 1.0f;
    public float SynonymBoost { get; init; } = 0.8f;
    public float TieBreaker { get; init; } = 0.5f;
    public int PhraseSlop { get; init; } = 1;
    /// <summary>The weight of a section heading of the kind of answer the question asks for (<see cref="QuestionTypes"/>); 0 turns it off.</summary>
    public float QuestionTypeBoost { get; init; } = 0f;
}
