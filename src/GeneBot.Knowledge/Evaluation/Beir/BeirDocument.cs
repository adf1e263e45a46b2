using GeneBot.Knowledge.Indexing;

namespace GeneBot.Knowledge.Evaluation.Beir;

/// <summary>One line of a BEIR <c>corpus.jsonl</c>: <c>{"_id", "title", "text", "metadata": {"qtype"}?}</c>; the qtype, where present, is the section.</summary>
public sealed record BeirDocument(string Id, string Title, string Text, string? Section)
{
    /// <summary>The document as one passage of GeneBot's schema: its own article, title as title, qtype (or nothing) as the section.</summary>
    public Passage ToPassage(int order = 0) =>
        new(Id, Id, Title, Section ?? "", "", order, Text, PassageKind.Article, null);
}
