namespace GeneBot.Knowledge.Search;

/// <summary>
/// One topic word of a question (stemmed), its weight (inverse document frequency), and the token sequences that
/// count as finding it: the word itself, and each synonym of a phrase it belongs to.
/// </summary>
public sealed record QueryConcept(string Term, double Weight, IReadOnlyList<IReadOnlyList<string>> Alternatives)
{
    public bool FoundIn(IReadOnlySet<string> terms) =>
        terms.Contains(Term) || Alternatives.Any(a => a.Count > 0 && a.All(terms.Contains));
}
