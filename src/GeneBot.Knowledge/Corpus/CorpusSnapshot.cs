namespace GeneBot.Knowledge.Corpus;

/// <summary>Everything read from a corpus folder: the valid articles and FAQ entries, the files skipped, and a fingerprint of it all.</summary>
public sealed record CorpusSnapshot(
    string Root,
    IReadOnlyList<Article> Articles,
    IReadOnlyList<FaqEntry> Faqs,
    IReadOnlyList<CorpusError> Errors,
    Analysis.SynonymMap Synonyms,
    string Fingerprint);
