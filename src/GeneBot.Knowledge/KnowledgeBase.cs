using GeneBot.Knowledge.Answers;
using GeneBot.Knowledge.Corpus;
using GeneBot.Knowledge.Indexing;
using GeneBot.Knowledge.Search;
using Lucene.Net.Store;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace GeneBot.Knowledge;

/// <summary>
/// GeneBot's knowledge: a corpus folder, its Lucene index on disk, and the question → cited answer path.
/// Opening it rebuilds the index when it is missing or stale; <see cref="Rebuild"/> swaps a new index in only after it commits.
/// </summary>
public sealed class KnowledgeBase : IDisposable
{
    private readonly LuceneDirectory directory;
    private readonly KnowledgeSearcher searcher;
    private readonly System.Threading.Lock rebuildLock = new();
    private volatile QueryBuilder queryBuilder;
    private volatile CorpusSnapshot corpus;
    private volatile AnswerComposer composer;

    private KnowledgeBase(KnowledgeOptions options, RankingSettings ranking, LuceneDirectory directory, CorpusSnapshot corpus, IndexReport? report)
    {
        Options = options;
        this.directory = directory;
        this.corpus = corpus;
        queryBuilder = new QueryBuilder(corpus.Synonyms, ranking);
        composer = new AnswerComposer(options.AbstainThreshold, DomainVocabulary.From(corpus));
        searcher = new KnowledgeSearcher(directory, ranking);
        LastReport = report;
    }

    public KnowledgeOptions Options { get; }
    public AnswerComposer Composer => composer;
    public CorpusSnapshot Corpus => corpus;
    public QueryBuilder QueryBuilder => queryBuilder;
    public KnowledgeSearcher Searcher => searcher;

    /// <summary>The report of the rebuild this instance did, if it did one.</summary>
    public IndexReport? LastReport { get; private set; }

    /// <summary>Opens the index at <see cref="KnowledgeOptions.IndexPath"/>, building it first when missing or stale.</summary>
    public static KnowledgeBase Open(KnowledgeOptions options, IProgress<IndexProgress>? progress = null, RankingSettings? ranking = null, Action<string>? onRebuild = null)
    {
        var corpusPath = KnowledgePaths.ResolveExisting(options.CorpusPath);
        var snapshot = CorpusReader.Read(corpusPath);
        var directory = FSDirectory.Open(Path.GetFullPath(options.IndexPath));
        IndexReport? report = null;
        var state = IndexState.Read(directory);
        if (state?.Fingerprint != IndexFingerprint.For(snapshot, options.ArticleBaseUrl))
        {
            onRebuild?.Invoke(state is null ? "no index yet" : "the corpus or analysis settings changed");
            report = IndexBuilder.Build(snapshot, directory, options.ArticleBaseUrl, progress);
        }
        return new KnowledgeBase(options, ranking ?? RankingSettings.Default, directory, snapshot, report);
    }

    /// <summary>Answers a question from the index, or abstains.</summary>
    public Answer Ask(string? question, int? top = null) =>
        Composer.Compose(Search(question, 30), top ?? Options.Top);

    public SearchResult Search(string? question, int maxHits) => searcher.Search(question, queryBuilder, maxHits);

    /// <summary>
    /// Re-reads the corpus and rebuilds the index; questions keep being answered from the current index until the new
    /// one has committed. One rebuild runs at a time. A failure throws and leaves what is served unchanged.
    /// </summary>
    public IndexReport Rebuild(IProgress<IndexProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        lock (rebuildLock)
        {
            var snapshot = CorpusReader.Read(KnowledgePaths.ResolveExisting(Options.CorpusPath));
            var report = IndexBuilder.Build(snapshot, directory, Options.ArticleBaseUrl, progress, cancellationToken);
            queryBuilder = new QueryBuilder(snapshot.Synonyms, searcher.Settings);
            composer = new AnswerComposer(Options.AbstainThreshold, DomainVocabulary.From(snapshot));
            corpus = snapshot;
            searcher.Refresh();
            LastReport = report;
            return report;
        }
    }

    public void Dispose()
    {
        searcher.Dispose();
        directory.Dispose();
    }
}
