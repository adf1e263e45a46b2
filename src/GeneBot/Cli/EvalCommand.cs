using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using GeneBot.Configuration;
using GeneBot.Knowledge;
using GeneBot.Knowledge.Evaluation;
using GeneBot.Knowledge.Safety;

namespace GeneBot.Cli;

/// <summary>
/// <c>genebot eval --questions FILE [--k 3] [--format text|json]</c> scores answers on an evaluation set;
/// <c>genebot eval --safety FILE</c> scores the safety triage (precision and recall per class);
/// <c>genebot eval --beir DIR --split NAME [--ranker geneBot|baseline] [--semantic]</c> scores a ranking on a BEIR collection (EvalCommand.Beir.cs).
/// </summary>
public static partial class EvalCommand
{
    public static Command Create()
    {
        var questions = new Option<FileInfo?>("--questions") { Description = "A JSONL file of {id, q, expect|relevant|abstain}" };
        var safety = new Option<FileInfo?>("--safety") { Description = "A JSONL file of {id, q, triage}" };
        var k = new Option<int>("--k") { Description = "The cut-off for success@k", DefaultValueFactory = _ => 3 };
        var format = new Option<string>("--format") { Description = "text or json", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var sweep = new Option<bool>("--sweep") { Description = "With --questions: print the trade-off of every abstention threshold from 0.20 to 0.60" };
        var (beir, split, ranker, run, semantic) = BeirOptions();
        var command = new Command("eval", "Score GeneBot on an evaluation set") { questions, safety, k, format, sweep, beir, split, ranker, run, semantic };
        command.Validators.Add(result =>
        {
            var given = new object?[] { result.GetValue(questions), result.GetValue(safety), result.GetValue(beir) }.Count(o => o is not null);
            if (given != 1)
                result.AddError("Give exactly one of --questions FILE, --safety FILE or --beir DIR.");
            if (result.GetValue(beir) is not null && string.IsNullOrWhiteSpace(result.GetValue(split)))
                result.AddError("--beir needs --split NAME (the qrels/NAME.tsv to evaluate on).");
        });
        command.SetAction(result => result.GetValue(beir) is { } beirDirectory
            ? RunBeir(beirDirectory, result.GetValue(split)!, result.GetValue(ranker)!, result.GetValue(format)!, result.GetValue(run), result.GetValue(semantic))
            : result.GetValue(safety) is { } safetyFile
            ? RunSafety(safetyFile, result.GetValue(format)!)
            : result.GetValue(sweep)
                ? RunSweep(result.GetValue(questions)!, result.GetValue(k))
                : Run(result.GetValue(questions)!, result.GetValue(k), result.GetValue(format)!));
        return command;
    }

    private static int Run(FileInfo questions, int k, string format)
    {
        var items = EvalRunner.Load(questions.FullName);
        using var knowledge = KnowledgeLoader.Open();
        var report = EvalRunner.Run(items, item => knowledge.Ask(item.Question, EvalRunner.Depth, Topic(knowledge, item)), k);
        if (format == "json")
        {
            Console.WriteLine(JsonSerializer.Serialize(report, CliJsonContext.Default.EvalReport));
            return 0;
        }
        Console.WriteLine($"{questions.Name}: {report.Items} items ({report.Answerable} answerable, {report.AbstainItems} out of domain)");
        Print(report);
        if (items.Any(i => i.Context is { Count: > 0 }))
            PrintConversations(items, knowledge, k);
        return 0;
    }

    /// <summary>The earlier question a conversation item's last turn may follow up, as the chat would keep it.</summary>
    private static string? Topic(KnowledgeBase knowledge, EvalItem item) =>
        item.Context is { Count: > 0 } turns ? knowledge.TopicOf(turns) : null;

    /// <summary>Conversations scored on their last turn with and without the earlier turns, per id group ("fu-…", "sa-…").</summary>
    private static void PrintConversations(IReadOnlyList<EvalItem> items, KnowledgeBase knowledge, int k)
    {
        var c = CultureInfo.InvariantCulture;
        Console.WriteLine();
        Console.WriteLine($"| group | items | success@{k} with context | success@{k} without context |");
        Console.WriteLine("|---|---:|---:|---:|");
        foreach (var group in items.GroupBy(i => i.Id.Split('-')[0]).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var with = EvalRunner.Run(group.ToArray(), item => knowledge.Ask(item.Question, EvalRunner.Depth, Topic(knowledge, item)), k);
            var without = EvalRunner.Run(group.ToArray(), item => knowledge.Ask(item.Question, EvalRunner.Depth), k);
            Console.WriteLine(string.Create(c, $"| {group.Key} | {group.Count()} | {with.SuccessAtK:0.000} | {without.SuccessAtK:0.000} |"));
        }
    }

    private static void Print(EvalReport report)
    {
        var c = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(c, $"success@1 {report.SuccessAt1:0.000}  success@3 {report.SuccessAt3:0.000}  success@5 {report.SuccessAt5:0.000}  MRR {report.Mrr:0.000}"));
        if (report.NdcgAt10 is { } ndcg)
            Console.WriteLine(string.Create(c, $"nDCG@10 {ndcg:0.000}"));
        Console.WriteLine(string.Create(c, $"abstention on out-of-domain {report.AbstentionRate:0.000}  false abstention {report.FalseAbstentionRate:0.000}"));
        if (report.Failures.Count > 0)
            Console.WriteLine($"missed at k={report.K}: {string.Join(", ", report.Failures)}");
    }

    private static int RunSweep(FileInfo questions, int k)
    {
        var items = EvalRunner.Load(questions.FullName);
        using var knowledge = KnowledgeLoader.Open();
        var noThreshold = new Knowledge.Answers.AnswerComposer(0, Knowledge.Corpus.DomainVocabulary.From(knowledge.Corpus));
        var rows = ThresholdSweep.Run(items, item => noThreshold.Compose(knowledge.Search(item.Question, 30), EvalRunner.Depth),
            Enumerable.Range(0, 41).Select(i => 0.20 + i * 0.01), k);
        var c = CultureInfo.InvariantCulture;
        Console.WriteLine($"| threshold | success@{k} | false abstention | out-of-domain abstention |");
        Console.WriteLine("|---:|---:|---:|---:|");
        foreach (var row in rows)
            Console.WriteLine(string.Create(c, $"| {row.Threshold:0.00} | {row.SuccessAtK:0.000} | {row.FalseAbstention:0.000} | {row.OutOfDomainAbstention:0.000} |"));
        Console.WriteLine(string.Create(c, $"configured threshold: {knowledge.Options.AbstainThreshold:0.00}"));
        return 0;
    }

    private static int RunSafety(FileInfo file, string format)
    {
        var options = GeneBotConfiguration.Knowledge();
        var classifier = new TriageClassifier(TriageRules.Load(KnowledgePaths.ResolveExisting(options.CorpusPath)));
        var report = SafetyEvalRunner.Run(SafetyEvalRunner.Load(file.FullName), classifier);
        if (format == "json")
        {
            Console.WriteLine(JsonSerializer.Serialize(report, CliJsonContext.Default.SafetyEvalReport));
            return 0;
        }
        var c = CultureInfo.InvariantCulture;
        Console.WriteLine($"{file.Name}: {report.Items} items");
        Console.WriteLine("| class | expected | precision | recall |");
        Console.WriteLine("|---|---:|---:|---:|");
        foreach (var (triage, score) in report.Classes)
            Console.WriteLine(string.Create(c, $"| {triage.ToString().ToLowerInvariant()} | {score.Expected} | {score.Precision:0.000} | {score.Recall:0.000} |"));
        Console.WriteLine(string.Create(c, $"informational questions misrouted: {report.InformationalMisrouted:0.000}"));
        foreach (var miss in report.Misses)
            Console.WriteLine($"  {miss}");
        return 0;
    }
}
