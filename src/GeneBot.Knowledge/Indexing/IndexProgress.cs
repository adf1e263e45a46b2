namespace GeneBot.Knowledge.Indexing;

/// <summary>Progress of a rebuild: passages written so far out of the articles to write.</summary>
public readonly record struct IndexProgress(int ArticlesDone, int ArticlesTotal, int Passages);
