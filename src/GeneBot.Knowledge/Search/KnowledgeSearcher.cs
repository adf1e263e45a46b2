using GeneBot.Knowledge.Indexing;
using Lucene.Net.Documents;
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
            var (plan, top) = Run(searcher, question, builder, maxHits);
            var hits = top is null
                ? []
                : top.ScoreDocs.Select(d => new SearchHit(IndexSchema.FromDocument(searcher.Doc(d.Doc)), d.Score)).ToArray();
            return new SearchResult(plan, hits);
        }
        finally
        {
            manager.Release(searcher);
        }
    }

    /// <summary>The same ranking as <see cref="Search"/>, reading only each hit's passage id: for evaluation and benchmarks.</summary>
    public IReadOnlyList<PassageScore> SearchIds(string? question, QueryBuilder builder, int maxHits)
    {
        var searcher = manager.Acquire();
        try
        {
            var (_, top) = Run(searcher, question, builder, maxHits);
            if (top is null)
                return [];
            var ids = new PassageScore[top.ScoreDocs.Length];
            for (var i = 0; i < ids.Length; i++)
            {
                var visitor = new DocumentStoredFieldVisitor(IndexFields.Id);
                searcher.Doc(top.ScoreDocs[i].Doc, visitor);
                ids[i] = new PassageScore(visitor.Document.Get(IndexFields.Id), top.ScoreDocs[i].Score);
            }
            return ids;
        }
        finally
        {
            manager.Release(searcher);
        }
    }

    private (QueryPlan Plan, TopDocs? Top) Run(IndexSearcher searcher, string? question, QueryBuilder builder, int maxHits)
    {
        var reader = searcher.IndexReader;
        var documents = reader.NumDocs;
        var plan = builder.Build(question, term => Idf(reader.DocFreq(new Term(IndexFields.Body, term)), documents), CorrectorFor(reader).Correct);
        if (plan.IsEmpty || documents == 0)
            return (plan, null);
        return (plan, searcher.Search(plan.Query!, Math.Max(1, maxHits)));
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
