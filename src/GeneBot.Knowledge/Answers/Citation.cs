namespace GeneBot.Knowledge.Answers;

/// <summary>One numbered excerpt of an answer and where it comes from.</summary>
public sealed record Citation(int N, string ArticleId, string Title, string Section, string Excerpt, string? Url, double Score)
{
    /// <summary>When the cited article's facts were last checked.</summary>
    public DateOnly? Reviewed { get; init; }

    /// <summary>True when the article was reviewed more than <see cref="SourceDetails.StaleAfterMonths"/> months ago.</summary>
    public bool PossiblyOutdated { get; init; }

    /// <summary>The regulatory status of therapies the excerpt names, from the approvals table ("Kymriah: FDA-approved 2017 (…)"), or null.</summary>
    public string? Label { get; init; }
}
