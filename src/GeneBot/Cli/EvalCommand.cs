using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using GeneBot.Knowledge.Evaluation;

namespace GeneBot.Cli;

/// <summary><c>genebot eval --questions FILE [--k 3] [--format text|json]</c>: scores GeneBot on an evaluation set.</summary>
public static class EvalCommand
{
    public static Command Create()
    {
        var questions = new Option<FileInfo>("--questions") { Description = "A JSONL file of {id, q, expect|relevant|abstain}", Required = true };
        var k = new Option<int>("--k") { Description = "The cut-off for success@k", DefaultValueFactory = _ => 3 };
        var format = new Option<string>("--format") { Description = "text or json", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("eval", "Score GeneBot on an evaluation set") { questions, k, format };
        command.SetAction(result => Run(result.GetValue(questions)!, result.GetValue(k), result.GetValue(format)!));
        return command;
    }

    private static int Run(FileInfo questions, int k, string format)
    {
        var items = EvalRunner.Load(questions.FullName);
        using var knowledge = KnowledgeLoader.Open();
        var report = EvalRunner.Run(items, item => knowledge.Ask(item.Question, EvalRunner.Depth), k);
        if (format == "json")
        {
            Console.WriteLine(JsonSerializer.Serialize(report, CliJsonContext.Default.EvalReport));
            return 0;
        }
        var c = CultureInfo.InvariantCulture;
        Console.WriteLine($"{questions.Name}: {report.Items} items ({report.Answerable} answerable, {report.AbstainItems} out of domain)");
        Console.WriteLine(string.Create(c, $"success@1 {report.SuccessAt1:0.000}  success@3 {report.SuccessAt3:0.000}  success@5 {report.SuccessAt5:0.000}  MRR {report.Mrr:0.000}"));
        if (report.NdcgAt10 is { } ndcg)
            Console.WriteLine(string.Create(c, $"nDCG@10 {ndcg:0.000}"));
        Console.WriteLine(string.Create(c, $"abstention on out-of-domain {report.AbstentionRate:0.000}  false abstention {report.FalseAbstentionRate:0.000}"));
        if (report.Failures.Count > 0)
            Console.WriteLine($"missed at k={report.K}: {string.Join(", ", report.Failures)}");
        return 0;
    }
}
