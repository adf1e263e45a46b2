using GeneBot.Knowledge.Analysis;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Documents;
using GeneBot.Knowledge.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace GeneBot.Knowledge.Indexing;

/// <summary>How a passage becomes a Lucene document, and the analyzers and similarity both sides must share.</summary>
public static class IndexSchema
{
    public const string Version = "schema-2";

    /// <summary>
    /// The index folder as the bot reads it: through buffered file reads rather than memory mapping. Lucene.Net reads a
    /// mapped file byte by byte through a view object, which costs more CPU than copying from a buffer, and mapped pages
    /// count in the process's resident memory (at 100,000 passages: 8% less CPU per answer, 117 MB peak RSS instead of
    /// 179 MB; docs/BENCHMARKS.md).
    /// </summary>
    public static LuceneDirectory OpenDirectory(string path) => new NIOFSDirectory(path);

    public static Analyzer CreateAnalyzer() => new PerFieldAnalyzerWrapper(
        GeneAnalyzer.Stemmed,
        new Dictionary<string, Analyzer> { [IndexFields.Exact] = GeneAnalyzer.Exact });

    public static Similarity CreateSimilarity(RankingSettings settings) => new BM25Similarity(settings.K1, settings.B);

    public static Document ToDocument(Passage passage, Semantic.PassageVector? vector = null)
    {
        var document = new Document
        {
            new StringField(IndexFields.Id, passage.Id, Field.Store.YES),
            // The id again as a doc value: ranking for evaluation reads ids without decompressing stored passages.
            new BinaryDocValuesField(IndexFields.Id, new BytesRef(passage.Id)),
            new StringField(IndexFields.Article, passage.ArticleId, Field.Store.YES),
            new TextField(IndexFields.Title, passage.Title, Field.Store.YES),
            new TextField(IndexFields.Section, passage.Section, Field.Store.YES),
            new TextField(IndexFields.Body, passage.Text, Field.Store.YES),
            new TextField(IndexFields.Exact, $"{passage.Title}. {passage.Section}. {passage.Text}", Field.Store.NO),
            new StoredField(IndexFields.Anchor, passage.Anchor),
            new StoredField(IndexFields.Order, passage.Order),
            new StringField(IndexFields.Kind, passage.Kind.ToString(), Field.Store.YES),
        };
        if (passage.Url is not null)
            document.Add(new StoredField(IndexFields.Url, passage.Url));
        if (vector is not null)
        {
            document.Add(new BinaryDocValuesField(IndexFields.Vector, Semantic.PassageVectors.ToBytes(vector.Vector)));
            document.Add(new BinaryDocValuesField(IndexFields.VectorKey, new BytesRef(vector.Key)));
        }
        return document;
    }

    public static Passage FromDocument(Document document) => new(
        document.Get(IndexFields.Id),
        document.Get(IndexFields.Article),
        document.Get(IndexFields.Title),
        document.Get(IndexFields.Section),
        document.Get(IndexFields.Anchor) ?? "",
        document.GetField(IndexFields.Order)?.GetInt32Value() ?? 0,
        document.Get(IndexFields.Body),
        Enum.TryParse<PassageKind>(document.Get(IndexFields.Kind), out var kind) ? kind : PassageKind.Article,
        document.Get(IndexFields.Url));
}
