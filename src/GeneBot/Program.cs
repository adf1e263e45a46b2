using System.CommandLine;
using GeneBot.Cli;

var root = new RootCommand("GeneBot answers questions about gene therapy and cancer from a reviewed, cited library.")
{
    ChatCommand.Create(),
    AskCommand.Create(),
    IndexCommand.Create(),
    EvalCommand.Create(),
    CorpusStatsCommand.Create(),
    HealthCommand.Create(),
    FaqCliCommand.Create(),
    StatsCliCommand.Create(),
};
root.SetAction((_, cancellationToken) => RunCommand.RunAsync([], cancellationToken));
return await root.Parse(args).InvokeAsync();
