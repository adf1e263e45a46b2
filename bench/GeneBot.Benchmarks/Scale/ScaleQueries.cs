using System.Text.Json;
using GeneBot.Knowledge.Evaluation;
using GeneBot.Knowledge.Evaluation.Beir;

namespace GeneBot.Benchmarks.Scale;

/// <summary>
/// The questions timed at scale: the bundled evaluation's patient questions (in and out of domain), SciFact's test
/// claims and every tenth MedQuAD dev question: long and short, on-topic and off.
/// </summary>
public static class ScaleQueries
{
    public static IReadOnlyList<string> Load(string sharedBench, string questionsFile)
    {
        var questions = EvalRunner.Load(questionsFile).Select(i => i.Question).ToList();
        questions.AddRange(BeirDataset.Load(Path.Combine(sharedBench, "scifact"), "test").Queries.Select(q => q.Text));
        questions.AddRange(BeirDataset.Load(Path.Combine(sharedBench, "medquad-cancer-genetics"), "dev").Queries.Where((_, i) => i % 10 == 0).Select(q => q.Text));
        return questions;
    }

    public static void WriteBeir(IReadOnlyList<string> questions, string path) =>
        File.WriteAllLines(path, questions.Select((q, i) => JsonSerializer.Serialize(new Dictionary<string, string> { ["_id"] = $"q{i}", ["text"] = q })));

    public static IReadOnlyList<string> ReadBeir(string path) => BeirReader.ReadQueries(path).Select(q => q.Text).ToArray();
}
