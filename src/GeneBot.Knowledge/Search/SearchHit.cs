using GeneBot.Knowledge.Indexing;

namespace GeneBot.Knowledge.Search;

/// <summary>A passage the searcher found, with its BM25-class score.</summary>
public sealed record SearchHit(Passage Passage, float Score);
