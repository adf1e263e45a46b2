using System.Text.Json;
using GeneBot.Knowledge.Corpus;
using GeneBot.Knowledge.Evaluation.Beir;
using GeneBot.Knowledge.Indexing;

namespace GeneBot.Benchmarks.Scale;

/// <summary>
/// A large corpus made from real text: every SciFact and MedQuAD document and every passage of the bundled articles,
/// then variants until the count is reached. A variant keeps a random run of at least half of one passage's sentences
/// and adds one or two sentences from another passage of the same collection, so no two passages are the same and the
/// vocabulary and lengths stay those of real documents. Seeded: the same corpus every run.
/// </summary>
public static class ScaleCorpus
{
    public static IReadOnlyList<Passage> Seeds(string sharedBench, string bundledCorpus)
    {
        var seeds = new List<Passage>();
        foreach (var collection in new[] { "scifact", "medquad-cancer-genetics" })
        {
            var order = 0;
            foreach (var document in BeirReader.ReadCorpus(Path.Combine(sharedBench, collection, "corpus.jsonl")))
                seeds.Add(document.ToPassage(order++) with { ArticleId = $"{collection}:{document.Id}", Id = $"{collection}:{document.Id}" });
        }
        var snapshot = CorpusReader.Read(bundledCorpus);
        var articles = snapshot.Articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
        seeds.AddRange(snapshot.Articles.SelectMany(a => PassageSplitter.Split(a, null)));
        seeds.AddRange(snapshot.Faqs.Select(f => PassageSplitter.Split(f, articles, null)));
        return seeds;
    }

    public static IEnumerable<Passage> Generate(IReadOnlyList<Passage> seeds, int count, int seed = 20261126)
    {
        var random = new Random(seed);
        var groups = seeds.GroupBy(p => p.Id.Split(':')[0]).Select(g => g.ToArray()).ToArray();
        var sentences = new Dictionary<Passage, IReadOnlyList<string>>(ReferenceEqualityComparer.Instance);
        IReadOnlyList<string> SentencesOf(Passage p) =>
            sentences.TryGetValue(p, out var s) ? s : sentences[p] = SentenceSplitter.Split(p.Text);

        for (var i = 0; i < Math.Min(count, seeds.Count); i++)
            yield return seeds[i];
        for (var i = seeds.Count; i < count; i++)
        {
            var group = groups[random.Next(groups.Length)];
            var first = group[random.Next(group.Length)];
            var other = group[random.Next(group.Length)];
            var own = SentencesOf(first);
            var keep = own.Count <= 1 ? own.Count : random.Next((own.Count + 1) / 2, own.Count + 1);
            var start = random.Next(own.Count - keep + 1);
            var borrowed = SentencesOf(other);
            var extra = borrowed.Count == 0 ? [] : Enumerable.Range(0, random.Next(1, 3)).Select(_ => borrowed[random.Next(borrowed.Count)]);
            var text = string.Join(' ', own.Skip(start).Take(keep).Concat(extra));
            yield return first with { Id = $"{first.Id}~{i}", ArticleId = $"{first.ArticleId}~{i}", Text = text };
        }
    }

    /// <summary>Writes the passages as a BEIR corpus.jsonl (section as metadata.qtype), for the peer libraries.</summary>
    public static void WriteBeir(IEnumerable<Passage> passages, string path)
    {
        using var writer = new StreamWriter(path);
        foreach (var p in passages)
        {
            writer.WriteLine(JsonSerializer.Serialize(new Dictionary<string, object>
            {
                ["_id"] = p.Id,
                ["title"] = p.Title,
                ["text"] = p.Text,
                ["metadata"] = new Dictionary<string, string> { ["qtype"] = p.Section },
            }));
        }
    }
}
