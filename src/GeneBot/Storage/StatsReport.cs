namespace GeneBot.Storage;

/// <summary>Questions answered and abstained since a time, 👍/👎 counts, the top unanswered questions (grouped by normalised text) and the most used FAQ entries.</summary>
public sealed record StatsReport(
    DateTimeOffset Since,
    int Answered,
    int Abstained,
    int ThumbsUp,
    int ThumbsDown,
    IReadOnlyList<CountedItem> TopUnanswered,
    IReadOnlyList<CountedItem> TopFaqs);

public sealed record CountedItem(string Name, int Count);
