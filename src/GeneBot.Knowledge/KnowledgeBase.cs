using GeneBot.Knowledge.Answers;
using GeneBot.Knowledge.Corpus;
using GeneBot.Knowledge.Indexing;
using GeneBot.Knowledge.Search;
using GeneBot.Knowledge.Semantic;
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
    private readonly TimeProvider time;
    private readonly System.Threading.Lock rebuildLock = new();
    private readonly ITextEmbedder? embedder;
    private volatile CorpusView view;
    private Func<CorpusSnapshot, CorpusSnapshot> prepare = static snapshot => snapshot;

    private KnowledgeBase(KnowledgeOptions options, RankingSettings ranking, LuceneDirectory directory, CorpusSnapshot corpus, IndexReport? report, TimeProvider time, ITextEmbedder? embedder)
    {
        Options = options;
        this.directory = directory;
        this.time = time;
        this.embedder = embedder;
        view = CorpusView.For(corpus, options, ranking, time);
        searcher = new KnowledgeSearcher(directory, ranking, embedder is null ? null : new SemanticRanking(embedder, options.SemanticWeight));
        LastReport = report;
    }

    public KnowledgeOptions Options { get; }
    public AnswerComposer Composer => view.Composer;
    public CorpusSnapshot Corpus => view.Corpus;
    public IReadOnlyList<ApprovedProduct> Approvals => view.Approvals;
    public QueryBuilder QueryBuilder => view.QueryBuilder;
    public KnowledgeSearcher Searcher => searcher;

    /// <summary>The report of the rebuild this instance did, if it did one.</summary>
    public IndexReport? LastReport { get; private set; }

    /// <summary>
    /// Opens the index at <see cref="KnowledgeOptions.IndexPath"/>, building it first when missing or stale.
    /// <paramref name="prepare"/> adjusts every corpus snapshot before it is indexed, here and in <see cref="Rebuild"/>
    /// (the host adds moderators' stored FAQ edits); it must change the snapshot's fingerprint when it changes content.
    /// With <paramref name="embedder"/> (<see cref="KnowledgeOptions.Semantic"/>), passages carry vectors and answers are
    /// semantically re-ranked; an index built without them (or with another model's) is rebuilt.
    /// </summary>
    public static KnowledgeBase Open(KnowledgeOptions options, IProgress<IndexProgress>? progress = null, RankingSettings? ranking = null, Action<string>? onRebuild = null, TimeProvider? time = null,
        Func<CorpusSnapshot, CorpusSnapshot>? prepare = null, ITextEmbedder? embedder = null)
    {
        prepare ??= static snapshot => snapshot;
        var corpusPath = KnowledgePaths.ResolveExisting(options.CorpusPath);
        var snapshot = prepare(CorpusReader.Read(corpusPath));
        var directory = IndexSchema.OpenDirectory(Path.GetFullPath(options.IndexPath));
        IndexReport? report = null;
        var state = IndexState.Read(directory);
        if (state?.Fingerprint != IndexFingerprint.For(snapshot, options.ArticleBaseUrl, embedder?.Model))
        {
            onRebuild?.Invoke(state is null ? "no index yet" : "the corpus or analysis settings changed");
            report = IndexBuilder.Build(snapshot, directory, options.ArticleBaseUrl, progress, embedder: embedder);
        }
        return new KnowledgeBase(options, ranking ?? RankingSettings.Default, directory, snapshot, report, time ?? TimeProvider.System, embedder) { prepare = prepare };
    }

    /// <summary>
    /// Answers a question from the index, or abstains. With <paramref name="context"/> (an earlier question of the same
    /// conversation), a follow-up ("and the side effects?") is resolved against it; a question that stands on its own is not touched.
    /// With <paramref name="simpler"/>, passages that answer about as well as the best one are preferred by lower reading
    /// grade (<see cref="SimplerRanking"/>), and each glossary term the excerpts use is followed by its short definition
    /// from the glossary article (<see cref="Answers.Glossary"/>).
    /// </summary>
    public Answer Ask(string? question, int? top = null, string? context = null, bool simpler = false)
    {
        var current = view;
        var resolvedContext = context is not null && current.FollowUps.IsFollowUp(question) ? context : null;
        var result = searcher.Search(question, current.QueryBuilder, HitsFor(top ?? Options.Top), resolvedContext);
        if (simpler)
            result = SimplerRanking.Rerank(result, current.DomainTerms);
        var answer = current.Sources.Describe(current.Composer.Compose(result, top ?? Options.Top));
        if (simpler && answer.Status == AnswerStatus.Answered)
        {
            var expanded = current.Glossary.Expand(answer.Citations);
            answer = answer with { Citations = expanded, Text = AnswerRenderer.Render(expanded) };
        }
        return answer with { Context = result.Plan.Context is { } earlier ? $"{answer.Question} (following: {earlier})" : answer.Question };
    }

    /// <summary>The glossary's short definitions (empty when the corpus has no glossary article).</summary>
    public Glossary Glossary => view.Glossary;

    /// <summary>
    /// How many hits an answer with <paramref name="top"/> citations reads: the composer takes at most two per article
    /// and skips weak ones, so four per citation (at least ten) is ample, and each hit read costs a stored-passage
    /// decompression (docs/BENCHMARKS.md, speed at scale).
    /// </summary>
    public static int HitsFor(int top) => Math.Max(10, 4 * top);

    /// <summary>True when <paramref name="question"/> reads as a follow-up of an earlier question rather than a new topic.</summary>
    public bool IsFollowUp(string? question) => view.FollowUps.IsFollowUp(question);

    /// <summary>The topic of a conversation so far: its latest question that stands on its own (else its first), or null.</summary>
    public string? TopicOf(IReadOnlyList<string> turns) =>
        turns.LastOrDefault(t => !IsFollowUp(t)) ?? turns.FirstOrDefault();

    public SearchResult Search(string? question, int maxHits) => searcher.Search(question, view.QueryBuilder, maxHits);

    /// <summary>
    /// Re-reads the corpus and rebuilds the index; questions keep being answered from the current index until the new
    /// one has committed. One rebuild runs at a time. A failure throws and leaves what is served unchanged.
    /// </summary>
    public IndexReport Rebuild(IProgress<IndexProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        lock (rebuildLock)
        {
            var snapshot = prepare(CorpusReader.Read(KnowledgePaths.ResolveExisting(Options.CorpusPath)));
            var report = IndexBuilder.Build(snapshot, directory, Options.ArticleBaseUrl, progress, cancellationToken, embedder);
            var next = CorpusView.For(snapshot, Options, searcher.Settings, time);
            searcher.Refresh();
            view = next;
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
