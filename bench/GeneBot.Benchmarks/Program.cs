using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using GeneBot.Benchmarks;
using GeneBot.Benchmarks.EndToEnd;
using GeneBot.Benchmarks.Micro;
using GeneBot.Benchmarks.Scale;

// dotnet run -c Release --project bench/GeneBot.Benchmarks -- scale [--passages 100000] [--work DIR] [--shared DIR]
// dotnet run -c Release --project bench/GeneBot.Benchmarks -- micro [BenchmarkDotNet options, e.g. --job short]
// dotnet run -c Release --project bench/GeneBot.Benchmarks -- e2e [--rate 20] [--seconds 60]
// ("serve" and "ready" are the scale harness's child processes.)
return args.FirstOrDefault() switch
{
    "scale" => ScaleRun.Run(HarnessArgs.Parse(args[1..])),
    "serve" => ServeRun.Run(HarnessArgs.Parse(args[1..])),
    "ready" => ServeRun.Ready(HarnessArgs.Parse(args[1..])),
    "micro" => Micro(args[1..]),
    "e2e" => await DiscordLatencyRun.RunAsync(HarnessArgs.Parse(args[1..])),
    _ => Usage(),
};

static int Micro(string[] args)
{
    BenchmarkSwitcher.FromTypes([typeof(AnswerPathBenchmarks)]).Run(args, MicroConfig.Create());
    return 0;
}

static int Usage()
{
    Console.Error.WriteLine("usage: GeneBot.Benchmarks scale [--passages N] [--work DIR] [--shared DIR] | e2e [--rate 20] [--seconds 60] | micro [BenchmarkDotNet options]");
    return 2;
}
