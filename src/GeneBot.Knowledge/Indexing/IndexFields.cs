namespace GeneBot.Knowledge.Indexing;

/// <summary>The Lucene field names of a passage document.</summary>
public static class IndexFields
{
    public const string Id = "id";
    public const string Article = "article";
    public const string Title = "title";
    public const string Section = "section";
    public const string Body = "body";
    /// <summary>Title, section and body again, unstemmed and with stop words kept, for exact and phrase matches.</summary>
    public const string Exact = "exact";
    public const string Anchor = "anchor";
    public const string Order = "order";
    public const string Kind = "kind";
    public const string Url = "url";
    /// <summary>With semantic re-ranking: the passage's vector (doc values) and the key of the text and model it came from.</summary>
    public const string Vector = "vector";
    public const string VectorKey = "vector_key";

    /// <summary>Commit user data keys.</summary>
    public const string FingerprintKey = "genebot.fingerprint";
    public const string ArticlesKey = "genebot.articles";
    public const string PassagesKey = "genebot.passages";
    public const string BuiltAtKey = "genebot.builtAt";
    /// <summary>The embedding model the passages' vectors come from; absent when the index has none.</summary>
    public const string SemanticModelKey = "genebot.semanticModel";
}
