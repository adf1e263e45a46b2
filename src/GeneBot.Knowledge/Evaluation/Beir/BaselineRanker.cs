using GeneBot.Knowledge.Analysis;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace GeneBot.Knowledge.Evaluation.Beir;

/// <summary>
/// Plain Lucene BM25 "flat", Anserini's BEIR configuration: title and text in one field (<c>title + "\n" + text</c>),
/// EnglishAnalyzer, <c>BM25Similarity(0.9, 0.4)</c> on the writer and the searcher, and an OR of the analysed query
/// terms, each boosted by how often it occurs in the query (Anserini's bag-of-words query generator). Document ids are
/// kept as doc values, as GeneBot's index keeps them, so both rankers pay the same to name their hits.
/// </summary>
public sealed class BaselineRanker : IBeirRanker
{
    public const float K1 = 0.9f;
    public const float B = 0.4f;
    private const string IdField = "id";
    private const string ContentsField = "contents";

    private static readonly Similarity Bm25 = new BM25Similarity(K1, B);
    private readonly Analyzer analyzer = new EnglishAnalyzer(GeneAnalyzer.Version);
    private readonly TemporaryIndex index = new();
    private readonly DirectoryReader reader;
    private readonly IndexSearcher searcher;
    private readonly BinaryDocValues ids;

    public BaselineRanker(IEnumerable<BeirDocument> documents)
    {
        var config = new IndexWriterConfig(GeneAnalyzer.Version, analyzer) { OpenMode = OpenMode.CREATE, Similarity = Bm25, RAMBufferSizeMB = 64 };
        using (var writer = new IndexWriter(index.Directory, config))
        {
            foreach (var document in documents)
            {
                writer.AddDocument(new Document
                {
                    new BinaryDocValuesField(IdField, new BytesRef(document.Id)),
                    new TextField(ContentsField, document.Title + "\n" + document.Text, Field.Store.NO),
                });
            }
            writer.Commit();
        }
        reader = DirectoryReader.Open(index.Directory);
        searcher = new IndexSearcher(reader) { Similarity = Bm25 };
        ids = MultiDocValues.GetBinaryValues(reader, IdField);
    }

    public long IndexSizeInBytes => index.SizeInBytes;

    public IReadOnlyList<ScoredDocument> Rank(string query, int depth)
    {
        var terms = Analyse(query);
        if (terms.Count == 0)
            return [];
        var bag = new BooleanQuery();
        foreach (var group in terms.GroupBy(t => t, StringComparer.Ordinal))
            bag.Add(new TermQuery(new Term(ContentsField, group.Key)) { Boost = group.Count() }, Occur.SHOULD);

        var top = searcher.Search(bag, depth);
        var ranked = new ScoredDocument[top.ScoreDocs.Length];
        var bytes = new BytesRef();
        for (var i = 0; i < ranked.Length; i++)
        {
            ids.Get(top.ScoreDocs[i].Doc, bytes);
            ranked[i] = new ScoredDocument(bytes.Utf8ToString(), top.ScoreDocs[i].Score);
        }
        return ranked;
    }

    private List<string> Analyse(string text)
    {
        var terms = new List<string>();
        using var stream = analyzer.GetTokenStream(ContentsField, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
            terms.Add(term.ToString());
        stream.End();
        return terms;
    }

    public void Dispose()
    {
        reader.Dispose();
        index.Dispose();
        analyzer.Dispose();
    }
}
