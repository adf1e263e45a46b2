using BenchmarkDotNet.Attributes;
using GeneBot.Adapters.Discord.Rendering;
using GeneBot.Chat;
using GeneBot.Knowledge;
using GeneBot.Knowledge.Answers;
using GeneBot.Knowledge.Corpus;
using GeneBot.Knowledge.Indexing;
using GeneBot.Knowledge.Search;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace GeneBot.Benchmarks.Micro;

/// <summary>
/// The steps of answering one question on the bundled corpus, each alone: analysing the question into a query plan,
/// searching the index, composing the cited answer from the hits, and rendering it as a Discord embed.
/// </summary>
[MemoryDiagnoser]
public class AnswerPathBenchmarks
{
    private RAMDirectory directory = null!;
    private DirectoryReader reader = null!;
    private SpellingCorrector corrector = null!;
    private KnowledgeSearcher searcher = null!;
    private QueryBuilder builder = null!;
    private AnswerComposer composer = null!;
    private SearchResult result = null!;
    private ChatReply reply = null!;

    [Params("what are the side effects of car t cell therapy", "can my kids inherit changes from gene therapy", "how long does crs last after car t")]
    public string Question { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        var snapshot = CorpusReader.Read(RepoPaths.Corpus);
        directory = new RAMDirectory();
        IndexBuilder.Build(snapshot, directory, null);
        reader = DirectoryReader.Open(directory);
        corrector = new SpellingCorrector(reader);
        searcher = new KnowledgeSearcher(directory, RankingSettings.Default);
        builder = new QueryBuilder(snapshot.Synonyms, RankingSettings.Default);
        composer = new AnswerComposer(new KnowledgeOptions().AbstainThreshold);
        result = searcher.Search(Question, builder, KnowledgeBase.HitsFor(3));
        reply = new ChatReply("", composer.Compose(result, 3));
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        searcher.Dispose();
        reader.Dispose();
        directory.Dispose();
    }

    [Benchmark(Description = "analyse a question")]
    public QueryPlan Analyse() =>
        builder.Build(Question, term => KnowledgeSearcher.Idf(reader.DocFreq(new Term(IndexFields.Body, term)), reader.NumDocs), corrector.Correct);

    [Benchmark(Description = "search (12 hits, as for 3 citations)")]
    public SearchResult Search() => searcher.Search(Question, builder, KnowledgeBase.HitsFor(3));

    [Benchmark(Description = "compose an answer")]
    public Answer Compose() => composer.Compose(result, 3);

    [Benchmark(Description = "render a Discord embed")]
    public object Render() => DiscordRenderer.Render(reply);
}
