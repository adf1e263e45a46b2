using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using GeneBot.Knowledge.Indexing;
using Lucene.Net.Store;

namespace GeneBot.Benchmarks.Scale;

/// <summary>
/// <c>scale [--passages 100000] [--work DIR] [--shared DIR] [--seconds 5] [--semantic]</c>: builds the scale corpus and
/// its index (timed), writes the corpus and the questions in BEIR layout for the peer libraries, then times start-up and
/// answers in fresh processes (<see cref="ServeRun"/>) and prints one table. Results also go to WORK/scale.json. With
/// <c>--semantic</c> the index carries passage vectors and answers are semantically re-ranked (Knowledge:Semantic);
/// embedding runs at tens of passages a second, so use a few thousand passages.
/// </summary>
public static class ScaleRun
{
    public sealed record BuildResult(int Passages, double Seconds, double PassagesPerSecond, double MegabytesPerSecond, double TextMegabytes, double IndexMegabytes, double PeakRssMb);

    public static int Run(HarnessArgs args)
    {
        var count = args.Int("passages", 100_000);
        var work = Path.GetFullPath(args.Get("work", Path.Combine(Path.GetTempPath(), "genebot-scale")));
        var shared = args.Get("shared", RepoPaths.SharedBench);
        var index = Path.Combine(work, "index");
        var beir = Path.Combine(work, "beir");
        var synonyms = Path.Combine(RepoPaths.Corpus, "synonyms.txt");
        System.IO.Directory.CreateDirectory(beir);

        var seeds = ScaleCorpus.Seeds(shared, RepoPaths.Corpus);
        ScaleCorpus.WriteBeir(ScaleCorpus.Generate(seeds, count), Path.Combine(beir, "corpus.jsonl"));
        var questions = ScaleQueries.Load(shared, RepoPaths.Questions);
        ScaleQueries.WriteBeir(questions, Path.Combine(beir, "queries.jsonl"));
        Console.Error.WriteLine($"Scale corpus: {count} passages from {seeds.Count} real ones; {questions.Count} questions; in {work}");

        var semantic = args.Flag("semantic");
        var build = Build(ScaleCorpus.Generate(seeds, count), index, semantic);
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Indexed {build.Passages} passages in {build.Seconds:0.00} s"));

        string[] serveArgs = ["--index", index, "--synonyms", synonyms, .. semantic ? ["--semantic"] : Array.Empty<string>()];
        var serve = JsonSerializer.Deserialize<ServeRun.Result>(Child(["serve", .. serveArgs,
            "--queries", Path.Combine(beir, "queries.jsonl"), "--seconds", args.Get("seconds", "5"), "--ranking", args.Get("ranking", "")]).Last())!;
        var ready = Enumerable.Range(0, 5).Select(_ => TimeToReady(serveArgs)).Order().ToArray();

        var report = new { build, serve, readyMedianMs = ready[ready.Length / 2], readyRunsMs = ready };
        File.WriteAllText(Path.Combine(work, "scale.json"), JsonSerializer.Serialize(report, new JsonSerializerOptions { WriteIndented = true }));
        if (semantic)
            Console.WriteLine($"With semantic re-ranking (Knowledge:Semantic, {GeneBot.Semantic.ArcticEmbedder.ModelName}):");
        Print(build, serve, ready[ready.Length / 2]);
        return 0;
    }

    private static BuildResult Build(IEnumerable<Passage> passages, string path, bool semantic)
    {
        if (System.IO.Directory.Exists(path))
            System.IO.Directory.Delete(path, recursive: true);
        long bytes = 0;
        var counted = passages.Select(p =>
        {
            bytes += Encoding.UTF8.GetByteCount(p.Title) + Encoding.UTF8.GetByteCount(p.Section) + Encoding.UTF8.GetByteCount(p.Text);
            return p;
        });
        using var directory = FSDirectory.Open(path);
        using var embedder = semantic ? new GeneBot.Semantic.ArcticEmbedder() : null;
        var clock = Stopwatch.StartNew();
        var written = IndexBuilder.Build(counted, directory, embedder: embedder);
        var seconds = clock.Elapsed.TotalSeconds;
        var indexBytes = new DirectoryInfo(path).EnumerateFiles().Sum(f => f.Length);
        return new BuildResult(written, seconds, written / seconds, bytes / 1048576.0 / seconds, bytes / 1048576.0, indexBytes / 1048576.0, ProcessMemory.PeakRssMb);
    }

    /// <summary>Wall-clock milliseconds from starting a process to its READY line (an existing index, one answer).</summary>
    private static double TimeToReady(string[] serveArgs)
    {
        var clock = Stopwatch.StartNew();
        var lines = Child(["ready", .. serveArgs]);
        if (!lines.Any(l => l.StartsWith("READY", StringComparison.Ordinal)))
            throw new InvalidOperationException("The ready process did not report ready.");
        return clock.Elapsed.TotalMilliseconds;
    }

    private static IReadOnlyList<string> Child(params string[] args)
    {
        var self = Environment.ProcessPath!;
        var info = new ProcessStartInfo(self) { RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
            info.ArgumentList.Add(typeof(ScaleRun).Assembly.Location);
        foreach (var a in args)
            info.ArgumentList.Add(a);
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{string.Join(' ', args.Take(1))} exited with {process.ExitCode}");
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    private static void Print(BuildResult build, ServeRun.Result serve, double readyMs)
    {
        var c = CultureInfo.InvariantCulture;
        Console.WriteLine($"| measure ({build.Passages:N0} passages) | value | target |");
        Console.WriteLine("|---|---:|---:|");
        Console.WriteLine(string.Create(c, $"| index build | {build.PassagesPerSecond:0} passages/s, {build.MegabytesPerSecond:0.0} MB/s ({build.TextMegabytes:0} MB of text in {build.Seconds:0.0} s; index {build.IndexMegabytes:0} MB) | ≥ 5,000 passages/s |"));
        Console.WriteLine(string.Create(c, $"| answer latency, one thread (search + compose) | p50 {serve.Answer.P50:0.00} ms, p95 {serve.Answer.P95:0.00} ms, p99 {serve.Answer.P99:0.00} ms | p99 ≤ 5 ms |"));
        Console.WriteLine(string.Create(c, $"| search latency, one thread ({Knowledge.KnowledgeBase.HitsFor(3)} hits) | p50 {serve.Search.P50:0.00} ms, p95 {serve.Search.P95:0.00} ms, p99 {serve.Search.P99:0.00} ms | |"));
        Console.WriteLine(string.Create(c, $"| answers/s | {serve.AnswersPerSecondOneThread:0} on one thread, {serve.AnswersPerSecondTwoThreads:0} on two | ≥ 5× MiniSearch |"));
        Console.WriteLine(string.Create(c, $"| peak RSS of the serving process | {serve.PeakRssMb:0} MB ({serve.RssAfterOpenMb:0} MB after opening) | ≤ 200 MB |"));
        Console.WriteLine(string.Create(c, $"| start to ready, existing index (median of 5) | {readyMs:0} ms | ≤ 1,500 ms |"));
        Console.WriteLine(string.Create(c, $"| peak RSS of the build process | {build.PeakRssMb:0} MB | |"));
    }
}
