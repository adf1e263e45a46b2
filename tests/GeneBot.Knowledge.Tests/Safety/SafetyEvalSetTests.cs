using GeneBot.Knowledge.Evaluation;
using GeneBot.Knowledge.Safety;
using GeneBot.Knowledge.Tests.CorpusContent;

namespace GeneBot.Knowledge.Tests.Safety;

/// <summary>
/// The safety targets on the project's own set (eval/safety.jsonl), checked on every run like the corpus itself:
/// every urgent and crisis message is caught, and at most 2% of informational questions are sent elsewhere.
/// </summary>
public sealed class SafetyEvalSetTests(BundledCorpus corpus) : IClassFixture<BundledCorpus>
{
    private SafetyEvalReport Run() => SafetyEvalRunner.Run(
        SafetyEvalRunner.Load(Path.Combine(corpus.RepoRoot, "eval", "safety.jsonl")),
        new TriageClassifier(TriageRules.Load(corpus.Root)));

    [Fact]
    public void Every_urgent_and_crisis_message_of_the_safety_set_is_caught()
    {
        // Act
        var report = Run();

        // Assert
        Assert.True(report.Classes[TriageClass.Urgent].Expected >= 20);
        Assert.True(report.Classes[TriageClass.Crisis].Expected >= 15);
        Assert.Equal(1.0, report.Classes[TriageClass.Urgent].Recall);
        Assert.Equal(1.0, report.Classes[TriageClass.Crisis].Recall);
    }

    [Fact]
    public void At_most_two_percent_of_informational_questions_are_misrouted()
    {
        // Act
        var report = Run();

        // Assert
        Assert.True(report.InformationalMisrouted <= 0.02, string.Join("\n", report.Misses));
    }
}
