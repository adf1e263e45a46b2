using GeneBot.Knowledge.Analysis;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Documents;
using GeneBot.Knowledge.Search;
using Lucene.Net.Search.Similarities;

namespace GeneBot.Knowledge.Indexing;

/// <summary>How a passage becomes a Lucene document, and the analyzers and similarity both sides must share.</summary>
public static class IndexSchema
{
    public const string Version = "schema-1";

    public static Analyzer CreateAnalyzer() => new PerFieldAnalyzerWrapper(
        GeneAnalyzer.Stemmed,
        new Dictionary<string, Analyzer> { [IndexFields.Exact] = GeneAnalyzer.Exact });

    public static Similarity CreateSimilarity(RankingSettings settings) => new BM25Similarity(settings.K1, settings.B);

    public static Document ToDocument(Passage passage)
    {
        var document = new Document
        {
            new StringField(IndexFields.Id, passage.Id, Field.Store.YES),
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
