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
    public float SynonymBoost { get; init; } = 0.9f;
    public float TieBreaker { get; init; } = 0.5f;
    public int PhraseSlop { get; init; } = 1;
    /// <summary>How many times more a passage scores under a heading of the kind of answer the question asks for (<see cref="QuestionTypes"/>); 1 turns it off.</summary>
    public float QuestionTypeBoost { get; init; } = 1.5f;
    /// <summary>How many passages a plain OR of the question's words picks for the full query to rank (two-pass search); 0 ranks every passage with the full query.</summary>
    public int CandidateDepth { get; init; } = 30;
    /// <summary>The first pass leaves out words found in more than this share of passages, when rarer ones remain (1 keeps every word).</summary>
    public float CandidateCommonShare { get; init; } = 0.1f;
}
