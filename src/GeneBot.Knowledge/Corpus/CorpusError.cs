namespace GeneBot.Knowledge.Corpus;

/// <summary>A file the corpus reader skipped, reported as <c>path:line: reason</c>.</summary>
public sealed record CorpusError(string Path, int Line, string Reason)
{
    public override string ToString() => $"{Path}:{Line}: {Reason}";
}
