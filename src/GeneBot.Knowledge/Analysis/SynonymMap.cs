namespace GeneBot.Knowledge.Analysis;

/// <summary>The domain synonym and acronym map (<c>corpus/synonyms.txt</c>): groups of phrases that mean the same thing.</summary>
public sealed class SynonymMap
{
    public static readonly SynonymMap Empty = new([]);

    public SynonymMap(IReadOnlyList<IReadOnlyList<string>> groups) => Groups = groups;

    public IReadOnlyList<IReadOnlyList<string>> Groups { get; }

    /// <summary>One group per line, phrases separated by commas; <c>#</c> starts a comment; groups of fewer than two phrases are ignored.</summary>
    public static SynonymMap Parse(string text)
    {
        var groups = new List<IReadOnlyList<string>>();
        foreach (var raw in text.Split('\n'))
        {
            var line = raw;
            var hash = line.IndexOf('#');
            if (hash >= 0)
                line = line[..hash];
            var phrases = line.Split(',')
                .Select(p => p.Trim().ToLowerInvariant())
                .Where(p => p.Length > 0)
                .Distinct()
                .ToArray();
            if (phrases.Length >= 2)
                groups.Add(phrases);
        }
        return new SynonymMap(groups);
    }
}
