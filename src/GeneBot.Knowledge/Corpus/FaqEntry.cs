namespace GeneBot.Knowledge.Corpus;

/// <summary>A moderator FAQ entry ("tag"): a key, its aliases, a title, a link to the article that expands it, and a short answer.</summary>
public sealed record FaqEntry(string Key, IReadOnlyList<string> Aliases, string Title, string Link, string Body, string SourcePath)
{
    public IEnumerable<string> AllKeys => Aliases.Prepend(Key);
}
