using System.CommandLine;
using System.Globalization;
using GeneBot.Configuration;
using GeneBot.Knowledge;
using GeneBot.Knowledge.Corpus;

namespace GeneBot.Cli;

/// <summary><c>genebot corpus stats</c>: a Markdown table of each article's Flesch–Kincaid grade and word count, with the median.</summary>
public static class CorpusStatsCommand
{
    public static Command Create()
    {
        var corpus = new Option<string?>("--corpus") { Description = "The corpus folder" };
        var stats = new Command("stats", "Readability (Flesch–Kincaid grade) and size of every article") { corpus };
        stats.SetAction(result => Run(result.GetValue(corpus)));
        return new Command("corpus", "Inspect the corpus") { stats };
    }

    private static int Run(string? corpusPath)
    {
        var options = GeneBotConfiguration.Knowledge(corpusPath);
        var snapshot = CorpusReader.Read(KnowledgePaths.ResolveExisting(options.CorpusPath));
        var rows = snapshot.Articles.Select(a => (a.Id, Score: Readability.Score(a))).OrderBy(r => r.Id, StringComparer.Ordinal).ToArray();
        var c = CultureInfo.InvariantCulture;
        Console.WriteLine("| Article | FK grade | Words |");
        Console.WriteLine("|---|---:|---:|");
        foreach (var (id, score) in rows)
            Console.WriteLine(string.Create(c, $"| {id} | {score.Grade:0.0} | {score.Words} |"));
        if (rows.Length > 0)
        {
            var grades = rows.Select(r => r.Score.Grade).Order().ToArray();
            var median = grades.Length % 2 == 1 ? grades[grades.Length / 2] : (grades[grades.Length / 2 - 1] + grades[grades.Length / 2]) / 2;
            Console.WriteLine(string.Create(c, $"\n{rows.Length} articles, {rows.Sum(r => r.Score.Words)} words; median grade {median:0.0}, highest {grades[^1]:0.0}."));
        }
        foreach (var error in snapshot.Errors)
            Console.Error.WriteLine(error);
        return snapshot.Errors.Count > 0 ? 2 : 0;
    }
}
