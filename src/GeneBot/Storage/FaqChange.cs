using GeneBot.Knowledge.Corpus;

namespace GeneBot.Storage;

/// <summary>One audited change to an FAQ entry: who (a user hash), when, what (add, edit, remove) and the entry before and after.</summary>
public sealed record FaqChange(string Key, FaqAction Action, string Who, DateTimeOffset At, FaqEntry? Before, FaqEntry? After);

public enum FaqAction
{
    Add,
    Edit,
    Remove,
}
