using GeneBot.Knowledge.Corpus;
using GeneBot.Knowledge.Indexing;
using GeneBot.Knowledge.Search;
using Lucene.Net.Store;

namespace GeneBot.Knowledge.Tests.Support;

/// <summary>The test corpus indexed once into a RAMDirectory, with a searcher and query builder over it (a class fixture).</summary>
public sealed class TestIndex : IDisposable
{
    public const string BaseUrl = "https://example.org/corpus/";

    public TestIndex()
    {
        Snapshot = CorpusReader.Read(TestCorpus.Path);
        Directory = new RAMDirectory();
        Report = IndexBuilder.Build(Snapshot, Directory, BaseUrl);
        Searcher = new KnowledgeSearcher(Directory, RankingSettings.Default);
        QueryBuilder = new QueryBuilder(Snapshot.Synonyms, RankingSettings.Default);
    }

    public CorpusSnapshot Snapshot { get; }
    public RAMDirectory Directory { get; }
    public IndexReport Report { get; }
    public KnowledgeSearcher Searcher { get; }
    public QueryBuilder QueryBuilder { get; }

    public SearchResult Search(string? question, int maxHits = 10) => Searcher.Search(question, QueryBuilder, maxHits);

    public void Dispose()
    {
        Searcher.Dispose();
        Directory.Dispose();
    }
}
