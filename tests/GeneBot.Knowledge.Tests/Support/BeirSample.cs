using GeneBot.Knowledge.Evaluation.Beir;

namespace GeneBot.Knowledge.Tests.Support;

/// <summary>
/// A small BEIR collection cut from a real one, the same every time: the first <paramref name="queries"/> judged
/// queries of the split (in queries.jsonl order), every document judged for them, then documents in corpus order up to
/// <paramref name="documents"/>. bench/tools/beir_sample.py cuts the same sample, for checking with other tools.
/// </summary>
public static class BeirSample
{
    public static string Write(string source, string split, string destination, int documents = 200, int queries = 60)
    {
        var judgments = BeirReader.ReadQrels(Path.Combine(source, "qrels", split + ".tsv"));
        var kept = File.ReadLines(Path.Combine(source, "queries.jsonl"))
            .Select(line => (Line: line, Query: BeirReader.ParseQuery(line)))
            .Where(q => judgments.TryGetValue(q.Query.Id, out var judged) && judged.Values.Any(g => g > 0))
            .Take(queries)
            .ToArray();
        var judgedDocuments = kept.SelectMany(q => judgments[q.Query.Id].Keys).ToHashSet(StringComparer.Ordinal);

        var corpus = new List<string>();
        var filler = 0;
        foreach (var line in File.ReadLines(Path.Combine(source, "corpus.jsonl")))
        {
            var id = BeirReader.ParseDocument(line).Id;
            if (judgedDocuments.Contains(id))
                corpus.Add(line);
            else if (filler < documents - judgedDocuments.Count)
            {
                corpus.Add(line);
                filler++;
            }
        }

        Directory.CreateDirectory(Path.Combine(destination, "qrels"));
        File.WriteAllLines(Path.Combine(destination, "corpus.jsonl"), corpus);
        File.WriteAllLines(Path.Combine(destination, "queries.jsonl"), kept.Select(q => q.Line));
        File.WriteAllLines(Path.Combine(destination, "qrels", split + ".tsv"),
            kept.SelectMany(q => judgments[q.Query.Id].Select(j => $"{q.Query.Id}\t{j.Key}\t{j.Value}")).Prepend("query-id\tcorpus-id\tscore"));
        return destination;
    }
}
