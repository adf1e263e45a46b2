using System.CommandLine;
using GeneBot.Configuration;
using GeneBot.Knowledge;
using GeneBot.Knowledge.Corpus;
using GeneBot.Knowledge.Indexing;
using GeneBot.Semantic;
using Lucene.Net.Store;

namespace GeneBot.Cli;

/// <summary><c>genebot index [--corpus DIR] [--index DIR] [--strict]</c>: rebuilds the index; exit 2 on corpus errors with --strict.</summary>
public static class IndexCommand
{
    public static Command Create()
    {
        var corpus = new Option<string?>("--corpus") { Description = "The corpus folder (default: Knowledge:CorpusPath, 'corpus')" };
        var index = new Option<string?>("--index") { Description = "The index folder (default: Knowledge:IndexPath, 'data/index')" };
        var strict = new Option<bool>("--strict") { Description = "Exit with code 2 when any corpus file was skipped" };
        var command = new Command("index", "Build the search index from the corpus") { corpus, index, strict };
        command.SetAction(result => Run(result.GetValue(corpus), result.GetValue(index), result.GetValue(strict)));
        return command;
    }

    private static int Run(string? corpusPath, string? indexPath, bool strict)
    {
        var options = GeneBotConfiguration.Knowledge(corpusPath, indexPath);
        var snapshot = StorageLoader.WithStoredFaqs(CorpusReader.Read(KnowledgePaths.ResolveExisting(options.CorpusPath)));
        Console.Error.WriteLine($"Indexing {snapshot.Articles.Count} articles from {snapshot.Root} into {Path.GetFullPath(options.IndexPath)}...");
        using var directory = FSDirectory.Open(Path.GetFullPath(options.IndexPath));
        var progress = new Progress<IndexProgress>(p =>
            Console.Error.WriteLine($"  {p.ArticlesDone}/{p.ArticlesTotal} articles, {p.Passages} passages"));
        using var embedder = Embedders.For(options);
        var report = IndexBuilder.Build(snapshot, directory, options.ArticleBaseUrl, progress, embedder: embedder);
        IndexSummary.Write(Console.Out, report);
        return strict && report.Errors.Count > 0 ? 2 : 0;
    }
}
