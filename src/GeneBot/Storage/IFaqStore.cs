namespace GeneBot.Storage;

/// <summary>Moderators' FAQ edits and their audit trail.</summary>
public interface IFaqStore
{
    IReadOnlyList<FaqOverride> Overrides();

    /// <summary>Stores the change's result and its audit record in one transaction.</summary>
    void Save(FaqChange change);

    /// <summary>The changes to <paramref name="key"/>, newest first.</summary>
    IReadOnlyList<FaqChange> History(string key, int limit = 20);
}
