using System.CommandLine;
using GeneBot.Features.Admin;
using GeneBot.Storage;

namespace GeneBot.Cli;

/// <summary><c>genebot stats [--days N]</c>: the same report as /stats, read from the store.</summary>
public static class StatsCliCommand
{
    public static Command Create()
    {
        var days = new Option<int>("--days") { Description = "How many days back", DefaultValueFactory = _ => StatsCommand.DefaultDays };
        var command = new Command("stats", "Questions answered and abstained, feedback, top unanswered questions and most used FAQ entries") { days };
        command.SetAction(result => Run(Math.Clamp(result.GetValue(days), 1, 3650)));
        return command;
    }

    private static int Run(int days)
    {
        using var db = StorageLoader.Open(StorageLoader.Options());
        var report = new AnswerLog(db).Stats(DateTimeOffset.UtcNow - TimeSpan.FromDays(days));
        Console.WriteLine(StatsText.Render(report, days));
        return 0;
    }
}
