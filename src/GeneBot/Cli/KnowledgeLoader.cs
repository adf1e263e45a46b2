using GeneBot.Configuration;
using GeneBot.Knowledge;
using GeneBot.Knowledge.Indexing;
using GeneBot.Semantic;

namespace GeneBot.Cli;

/// <summary>Opens the knowledge base for a CLI command, rebuilding a missing or stale index with a progress line on standard error.</summary>
public static class KnowledgeLoader
{
    public static KnowledgeBase Open(string? corpus = null, string? index = null, Func<Knowledge.Corpus.CorpusSnapshot, Knowledge.Corpus.CorpusSnapshot>? prepare = null)
    {
        var options = GeneBotConfiguration.Knowledge(corpus, index);
        var progress = new Progress<IndexProgress>(p =>
            Console.Error.WriteLine($"  indexed {p.ArticlesDone}/{p.ArticlesTotal} articles, {p.Passages} passages"));
        var knowledge = KnowledgeBase.Open(options, progress, onRebuild: reason =>
            Console.Error.WriteLine($"Building the index in {options.IndexPath} ({reason}){(options.Semantic ? "; embedding passages for semantic re-ranking takes up to a minute per 1,000 passages" : "")}..."),
            prepare: prepare, embedder: Embedders.For(options));
        if (knowledge.LastReport is { } report)
            IndexSummary.Write(Console.Error, report);
        return knowledge;
    }
}
