using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using GeneBot.Knowledge.Evaluation.Beir;
using GeneBot.Knowledge.Search;
using GeneBot.Knowledge.Semantic;
using GeneBot.Semantic;

namespace GeneBot.Cli;

/// <summary><c>genebot eval --beir DIR --split NAME [--ranker geneBot|baseline] [--semantic] [--format text|json]</c>.</summary>
public static partial class EvalCommand
{
    public const string GeneBotRankerName = "geneBot";
    public const string BaselineRankerName = "baseline";

    private static (Option<DirectoryInfo?> Beir, Option<string?> Split, Option<string> Ranker, Option<FileInfo?> Run, Option<bool> Semantic) BeirOptions()
    {
        var beir = new Option<DirectoryInfo?>("--beir") { Description = "A BEIR collection: corpus.jsonl, queries.jsonl, qrels/<split>.tsv" };
        var split = new Option<string?>("--split") { Description = "With --beir: the judgments to evaluate on (qrels/NAME.tsv), e.g. test or dev" };
        var ranker = new Option<string>("--ranker")
        {
            Description = "With --beir: geneBot (the bot's own ranking) or baseline (plain Lucene BM25 flat, Anserini's settings)",
            DefaultValueFactory = _ => GeneBotRankerName,
        };
        ranker.AcceptOnlyFromAmong(GeneBotRankerName, BaselineRankerName);
        var run = new Option<FileInfo?>("--run") { Description = "With --beir: also write the rankings as a TREC run file (for trec_eval)" };
        var semantic = new Option<bool>("--semantic")
        {
            Description = "With --beir and the geneBot ranker: semantic re-ranking, as Knowledge:Semantic does it (embeds every document first: minutes)",
        };
        return (beir, split, ranker, run, semantic);
    }

    private static int RunBeir(DirectoryInfo directory, string split, string rankerName, string format, FileInfo? runFile, bool semantic)
    {
        if (!directory.Exists)
        {
            Console.Error.WriteLine($"No BEIR collection at {directory.FullName}.");
            return 2;
        }
        if (semantic && rankerName == BaselineRankerName)
        {
            Console.Error.WriteLine("--semantic re-ranks GeneBot's ranking; it does not apply to the baseline.");
            return 2;
        }
        var dataset = BeirDataset.Load(directory.FullName, split);
        using var embedder = semantic ? new ArcticEmbedder() : null;
        var report = BeirEvaluator.Run(dataset, documents => rankerName == BaselineRankerName
            ? new BaselineRanker(documents)
            : new GeneBotRanker(documents, RankingSettings.Default, semantic: embedder is null ? null : new SemanticRanking(embedder)));

        if (runFile is not null)
            File.WriteAllLines(runFile.FullName, report.TrecRunLines(rankerName));
        if (format == "json")
        {
            Console.WriteLine(JsonSerializer.Serialize(Rounded(report), BeirJsonContext.Default.BeirReport));
            return 0;
        }
        var c = CultureInfo.InvariantCulture;
        Console.WriteLine($"{dataset.Name} {dataset.Split}: {report.Queries} judged queries, {report.Documents} documents, ranker {rankerName}{(semantic ? " + semantic" : "")}");
        Console.WriteLine(string.Create(c, $"nDCG@10 {report.NdcgAt10:0.0000}  Recall@100 {report.RecallAt100:0.0000}  MRR@10 {report.MrrAt10:0.0000}"));
        Console.WriteLine(string.Create(c,
            $"indexed in {report.IndexTime.TotalSeconds:0.00} s ({report.Documents / Math.Max(report.IndexTime.TotalSeconds, 1e-9):0} documents/s); " +
            $"queries in {report.QueryTime.TotalSeconds:0.00} s ({report.Qps:0.0} queries/s, one thread)"));
        return 0;
    }

    /// <summary>Metrics to 4 decimals, as trec_eval prints them; queries/s to 1.</summary>
    private static BeirReport Rounded(BeirReport report) => report with
    {
        NdcgAt10 = Math.Round(report.NdcgAt10, 4),
        RecallAt100 = Math.Round(report.RecallAt100, 4),
        MrrAt10 = Math.Round(report.MrrAt10, 4),
        Qps = Math.Round(report.Qps, 1),
    };
}
