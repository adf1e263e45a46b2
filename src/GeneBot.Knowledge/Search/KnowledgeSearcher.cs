using GeneBot.Knowledge.Indexing;
using GeneBot.Knowledge.Semantic;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace GeneBot.Knowledge.Search;

/// <summary>
/// Searches the index through a SearcherManager: each question uses one consistent snapshot, and <see cref="Refresh"/>
/// swaps in a newly committed index without stopping searches in flight.
/// </summary>
public sealed partial class KnowledgeSearcher : IDisposable
{
    private readonly SearcherManager manager;
    private readonly SemanticRanking? semantic;
    private (IndexReader Reader, SpellingCorrector Corrector)? corrector;

    /// <param name="semantic">Semantic re-ranking (<c>Knowledge:Semantic</c>), or null for GeneBot's own ranking alone.</param>
    public KnowledgeSearcher(LuceneDirectory directory, RankingSettings settings, SemanticRanking? semantic = null)
    {
        Settings = settings;
        this.semantic = semantic;
        manager = new SearcherManager(directory, new SimilarityFactory(IndexSchema.CreateSimilarity(settings)));
    }

    public RankingSettings Settings { get; }

    /// <param name="context">An earlier question this one follows up ("and the side effects?" after "what is CAR-T?"): its words are added, weighted below the question's own.</param>
    public SearchResult Search(string? question, QueryBuilder builder, int maxHits, string? context = null)
    {
        var searcher = manager.Acquire();
        try
        {
            var (plan, top) = Run(searcher, question, builder, maxHits, context);
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
            var leaves = searcher.IndexReader.Leaves;
            var values = new BinaryDocValues?[leaves.Count];
            var ids = new PassageScore[top.ScoreDocs.Length];
            var bytes = new BytesRef();
            for (var i = 0; i < ids.Length; i++)
            {
                var doc = top.ScoreDocs[i].Doc;
                var leaf = ReaderUtil.SubIndex(doc, leaves);
                var idValues = values[leaf] ??= leaves[leaf].AtomicReader.GetBinaryDocValues(IndexFields.Id);
                string id;
                if (idValues is not null)
                {
                    idValues.Get(doc - leaves[leaf].DocBase, bytes);
                    id = bytes.Utf8ToString();
                }
                else
                {
                    // An index written before ids were doc values.
                    var visitor = new DocumentStoredFieldVisitor(IndexFields.Id);
                    searcher.Doc(doc, visitor);
                    id = visitor.Document.Get(IndexFields.Id);
                }
                ids[i] = new PassageScore(id, top.ScoreDocs[i].Score);
            }
            return ids;
        }
        finally
        {
            manager.Release(searcher);
        }
    }

    private (QueryPlan Plan, TopDocs? Top) Run(IndexSearcher searcher, string? question, QueryBuilder builder, int maxHits, string? context = null)
    {
        var reader = searcher.IndexReader;
        var documents = reader.NumDocs;
        var plan = builder.Build(question, term => Idf(reader.DocFreq(new Term(IndexFields.Body, term)), documents), CorrectorFor(reader).Correct);
        if (context is not null && !plan.IsEmpty)
            plan = plan.WithContext(builder.Build(context, term => Idf(reader.DocFreq(new Term(IndexFields.Body, term)), documents), CorrectorFor(reader).Correct));
        if (plan.IsEmpty || documents == 0)
            return (plan, null);
        var semanticText = semantic is null || string.IsNullOrWhiteSpace(question) ? null : plan.Context is null ? question : $"{context} {question}";
        return (plan, TwoPass(searcher, plan.Query!, Math.Max(1, maxHits), semanticText));
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
