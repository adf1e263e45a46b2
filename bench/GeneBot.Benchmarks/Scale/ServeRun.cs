using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using GeneBot.Knowledge;
using GeneBot.Knowledge.Analysis;
using GeneBot.Knowledge.Answers;
using GeneBot.Knowledge.Indexing;
using GeneBot.Knowledge.Search;
using Lucene.Net.Store;

namespace GeneBot.Benchmarks.Scale;

/// <summary>
/// The serving side of the scale harness, in a process of its own so that its memory and start-up are the bot's alone:
/// opens an existing index, then times answers (search + compose, as the bot answers) one at a time and on two threads.
/// </summary>
public static class ServeRun
{
    public sealed record Result(
        double ReadyMs,
        Latency Answer,
        Latency Search,
        double AnswersPerSecondOneThread,
        double AnswersPerSecondTwoThreads,
        double PeakRssMb,
        double RssAfterOpenMb,
        int Passages,
        int Questions);

    private sealed class Bot : IDisposable
    {
        private readonly Lucene.Net.Store.Directory directory;
        private readonly GeneBot.Semantic.ArcticEmbedder? embedder;

        public Bot(HarnessArgs args)
        {
            var ranking = RankingOverrides.Parse(args.Get("ranking", ""));
            directory = args.Get("directory", "default") switch
            {
                "nio" => new NIOFSDirectory(args.Required("index")),
                "mmap" => new MMapDirectory(args.Required("index")),
                _ => IndexSchema.OpenDirectory(args.Required("index")),
            };
            embedder = args.Flag("semantic") ? new GeneBot.Semantic.ArcticEmbedder() : null;
            Searcher = new KnowledgeSearcher(directory, ranking, embedder is null ? null : new Knowledge.Semantic.SemanticRanking(embedder));
            Builder = new QueryBuilder(SynonymMap.Parse(File.ReadAllText(args.Required("synonyms"))), ranking);
            Composer = new AnswerComposer(new KnowledgeOptions().AbstainThreshold);
        }

        public KnowledgeSearcher Searcher { get; }
        public QueryBuilder Builder { get; }
        public AnswerComposer Composer { get; }

        public int Hits { get; init; } = KnowledgeBase.HitsFor(3);

        public SearchResult Search(string question) => Searcher.Search(question, Builder, Hits);

        public Answer Answer(string question) => Composer.Compose(Search(question), 3);

        public void Dispose()
        {
            Searcher.Dispose();
            directory.Dispose();
            embedder?.Dispose();
        }
    }

    private static double SinceProcessStartMs() => (DateTime.Now - Process.GetCurrentProcess().StartTime).TotalMilliseconds;

    /// <summary>Opens the index, answers one question, and prints <c>READY ms-since-process-start</c>.</summary>
    public static int Ready(HarnessArgs args)
    {
        using var bot = new Bot(args) { Hits = args.Int("hits", KnowledgeBase.HitsFor(3)) };
        bot.Answer("what is car t cell therapy");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"READY {SinceProcessStartMs():0.0}"));
        return 0;
    }

    public static int Run(HarnessArgs args)
    {
        var questions = ScaleQueries.ReadBeir(args.Required("queries"));
        var seconds = args.Int("seconds", 5);
        using var bot = new Bot(args) { Hits = args.Int("hits", KnowledgeBase.HitsFor(3)) };
        bot.Answer(questions[0]);
        var readyMs = SinceProcessStartMs();
        var rssAfterOpen = ProcessMemory.RssMb;

        // Warm up the JIT and the OS page cache, then time each answer, and each search alone, over every question twice.
        foreach (var q in questions)
            bot.Answer(q);
        var answers = new List<double>();
        var searches = new List<double>();
        var byQuestion = new double[questions.Count];
        for (var round = 0; round < 2; round++)
        {
            foreach (var q in questions)
            {
                var start = Stopwatch.GetTimestamp();
                bot.Answer(q);
                answers.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                byQuestion[answers.Count % questions.Count] = Math.Max(byQuestion[answers.Count % questions.Count], answers[^1]);
                start = Stopwatch.GetTimestamp();
                bot.Search(q);
                searches.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
        }

        if (args.Get("slowest", "") is { Length: > 0 } slowest)
        {
            File.WriteAllLines(slowest, byQuestion.Select((ms, i) => (ms, q: questions[(i - 1 + questions.Count) % questions.Count]))
                .OrderByDescending(x => x.ms).Take(50).Select(x => string.Create(CultureInfo.InvariantCulture, $"{x.ms:0.00}\t{x.q}")));
        }

        var result = new Result(
            readyMs,
            Latency.Of(answers),
            Latency.Of(searches),
            Throughput(bot, questions, threads: 1, seconds),
            Throughput(bot, questions, threads: 2, seconds),
            ProcessMemory.PeakRssMb,
            rssAfterOpen,
            bot.Searcher.PassageCount,
            questions.Count);
        Console.WriteLine(JsonSerializer.Serialize(result));
        return 0;
    }

    /// <summary>Answers per second with <paramref name="threads"/> threads answering questions back to back for a fixed time.</summary>
    private static double Throughput(Bot bot, IReadOnlyList<string> questions, int threads, int seconds)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(seconds * Stopwatch.Frequency);
        var counts = new int[threads];
        var workers = Enumerable.Range(0, threads).Select(t => new Thread(() =>
        {
            var i = t * 7919;
            while (Stopwatch.GetTimestamp() < deadline)
            {
                bot.Answer(questions[i++ % questions.Count]);
                counts[t]++;
            }
        })).ToArray();
        var clock = Stopwatch.StartNew();
        foreach (var w in workers)
            w.Start();
        foreach (var w in workers)
            w.Join();
        return counts.Sum() / clock.Elapsed.TotalSeconds;
    }
}
