using GeneBot.Knowledge.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace GeneBot.Knowledge.Search;

/// <summary>
/// Searches the index through a SearcherManager: each question uses one consistent snapshot, and <see cref="Refresh"/>
/// swaps in a newly committed index without stopping searches in flight.
/// </summary>
public sealed class KnowledgeSearcher : IDisposable
{
    private readonly SearcherManager manager;
    private (IndexReader Reader, SpellingCorrector Corrector)? corrector;

    public KnowledgeSearcher(LuceneDirectory directory, RankingSettings settings)
    {
        Settings = settings;
        manager = new SearcherManager(directory, new SimilarityFactory(IndexSchema.CreateSimilarity(settings)));
    }

    public RankingSettings Settings { get; }

    public SearchResult Search(string? question, QueryBuilder builder, int maxHits)
    {
        var searcher = manager.Acquire();
        try
        {
            var reader = searcher.IndexReader;
            var documents = reader.NumDocs;
            var plan = builder.Build(question, term => Idf(reader.DocFreq(new Term(IndexFields.Body, term)), documents), CorrectorFor(reader).Correct);
            if (plan.IsEmpty || documents == 0)
                return new SearchResult(plan, []);

            var top = searcher.Search(plan.Query!, Math.Max(1, maxHits));
            var hits = top.ScoreDocs
                .Select(d => new SearchHit(IndexSchema.FromDocument(searcher.Doc(d.Doc)), d.Score))
                .ToArray();
            return new SearchResult(plan, hits);
        }
        finally
        {
            manager.Release(searcher);
        }
    }

    private SpellingCorrector CorrectorFor(IndexReader reader)
    {
        var current = corrector;
        if (current is { } c && ReferenceEquals(c.Reader, reader))
            return c.Corrector;
        var built = new SpellingCorrector(reader);
        corrector = (reader, built);
        return built;
    }

    /// <summary>Serves the latest commit from now on; searches already running finish on the snapshot they started with.</summary>
    public void Refresh() => manager.MaybeRefreshBlocking();

    public int PassageCount
    {
        get
        {
            var searcher = manager.Acquire();
            try
            {
                return searcher.IndexReader.NumDocs;
            }
            finally
            {
                manager.Release(searcher);
            }
        }
    }

    /// <summary>BM25's inverse document frequency; a word no passage has weighs the most.</summary>
    public static double Idf(int documentFrequency, int documents) =>
        Math.Log(1 + (documents - documentFrequency + 0.5) / (documentFrequency + 0.5));

    public void Dispose() => manager.Dispose();

    private sealed class SimilarityFactory(Lucene.Net.Search.Similarities.Similarity similarity) : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = similarity };
    }
}
