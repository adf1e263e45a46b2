using GeneBot.Knowledge.Corpus;

namespace GeneBot.Knowledge.Indexing;

/// <summary>What a rebuild did: counts, the articles added, changed and removed (by id and content hash), the files skipped, and how long it took.</summary>
public sealed record IndexReport(
    int Articles,
    int Passages,
    int Faqs,
    IReadOnlyList<string> Added,
    IReadOnlyList<string> Changed,
    IReadOnlyList<string> Removed,
    IReadOnlyList<CorpusError> Errors,
    TimeSpan Duration);
