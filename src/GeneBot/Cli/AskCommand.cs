using System.CommandLine;
using System.Text.Json;
using GeneBot.Configuration;
using GeneBot.Knowledge.Safety;
using GeneBot.Knowledge.Answers;

namespace GeneBot.Cli;

/// <summary>
/// <c>genebot ask "question" [--format text|json] [--top N]</c>, and <c>--format jsonl</c> reading one question per line
/// from standard input and writing one JSON object per line, in order, flushed each.
/// </summary>
public static class AskCommand
{
    public static Command Create()
    {
        var question = new Argument<string?>("question") { Arity = ArgumentArity.ZeroOrOne, Description = "The question (omit with --format jsonl)" };
        var format = new Option<string>("--format") { Description = "text, json, or jsonl (questions from standard input)", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "jsonl");
        var top = new Option<int?>("--top") { Description = "How many citations (1-10)" };
        var command = new Command("ask", "Ask GeneBot one question (or many with --format jsonl)") { question, format, top };
        command.SetAction(result => Run(result.GetValue(question), result.GetValue(format)!, result.GetValue(top)));
        return command;
    }

    private static int Run(string? question, string format, int? top)
    {
        if (top is < 1 or > 10)
        {
            Console.Error.WriteLine("--top must be between 1 and 10.");
            return 1;
        }
        if (format != "jsonl" && question is null)
        {
            Console.Error.WriteLine("Give a question, for example: genebot ask \"what is CAR-T?\" (or use --format jsonl with questions on standard input).");
            return 1;
        }

        using var knowledge = KnowledgeLoader.Open();
        var answerer = SafeAnswering.Create(knowledge, GeneBotConfiguration.Safety());
        if (format == "jsonl")
        {
            using var output = new StreamWriter(Console.OpenStandardOutput()) { AutoFlush = true };
            while (Console.In.ReadLine() is { } line)
            {
                if (string.IsNullOrWhiteSpace(line))
                    continue;
                output.WriteLine(Json(answerer.Answer(line, top)));
            }
            return 0;
        }

        var answer = answerer.Answer(question, top);
        Console.WriteLine(format == "json" ? Json(answer) : answer.Text);
        return 0;
    }

    public static string Json(Answer answer) => JsonSerializer.Serialize(AnswerJson.From(answer), CliJsonContext.Default.AnswerJson);
}
