namespace GeneBot.Storage;

/// <summary>What GeneBot answered and abstained on (the "gaps"), with abstained questions' text purged after the retention period.</summary>
public interface IAnswerLog
{
    void Record(AnswerRecord answer);

    /// <summary>Deletes question text (and feedback reasons) older than <paramref name="before"/>; returns how many rows were cleared.</summary>
    int Purge(DateTimeOffset before);
}
