using GeneBot.Knowledge.Analysis;
using GeneBot.Knowledge.Indexing;
using GeneBot.Knowledge.Search;
using GeneBot.Knowledge.Semantic;

namespace GeneBot.Knowledge.Evaluation.Beir;

/// <summary>
/// GeneBot's own ranking, the one the bot answers with: each document indexed as one passage through
/// <see cref="IndexSchema"/> and <see cref="IndexBuilder"/>, searched by <see cref="KnowledgeSearcher"/> with
/// <see cref="QueryBuilder"/> and the given <see cref="RankingSettings"/>.
/// </summary>
public sealed class GeneBotRanker : IBeirRanker
{
    private readonly TemporaryIndex index = new();
    private readonly KnowledgeSearcher searcher;
    private readonly QueryBuilder builder;

    /// <param name="synonyms">The synonym map to expand queries with; a benchmark collection has none of its own, so usually <see cref="SynonymMap.Empty"/>.</param>
    /// <param name="semantic">Semantic re-ranking, as <c>Knowledge:Semantic</c> does it in the bot (every passage is embedded first).</param>
    public GeneBotRanker(IEnumerable<BeirDocument> documents, RankingSettings settings, SynonymMap? synonyms = null, SemanticRanking? semantic = null)
    {
        IndexBuilder.Build(documents.Select(d => d.ToPassage()), index.Directory, embedder: semantic?.Embedder);
        searcher = new KnowledgeSearcher(index.Directory, settings, semantic);
        builder = new QueryBuilder(synonyms ?? SynonymMap.Empty, settings);
    }

    public long IndexSizeInBytes => index.SizeInBytes;

    public IReadOnlyList<ScoredDocument> Rank(string query, int depth) =>
        searcher.SearchIds(query, builder, depth).Select(p => new ScoredDocument(p.Id, p.Score)).ToArray();

    public void Dispose()
    {
        searcher.Dispose();
        index.Dispose();
    }
}
