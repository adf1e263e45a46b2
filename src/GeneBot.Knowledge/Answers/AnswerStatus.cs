namespace GeneBot.Knowledge.Answers;

public enum AnswerStatus
{
    /// <summary>Cited excerpts from the library.</summary>
    Answered,
    /// <summary>Nothing in the library answers the question; nothing is cited.</summary>
    Abstained,
    /// <summary>Triage took over before retrieval (urgent symptoms, crisis, personal advice).</summary>
    Safety,
}
