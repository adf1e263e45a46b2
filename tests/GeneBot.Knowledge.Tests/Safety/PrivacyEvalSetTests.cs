using GeneBot.Knowledge.Safety;
using GeneBot.Knowledge.Tests.CorpusContent;
using Xunit.Abstractions;

namespace GeneBot.Knowledge.Tests.Safety;

/// <summary>The privacy targets on the project's own set (eval/privacy.jsonl), checked on every run like the corpus itself.</summary>
public sealed class PrivacyEvalSetTests(BundledCorpus corpus, ITestOutputHelper output) : IClassFixture<BundledCorpus>
{
    private PrivacyEvalReport Run()
    {
        var report = PrivacyEvalRunner.Run(
            PrivacyEvalRunner.Load(Path.Combine(corpus.RepoRoot, "eval", "privacy.jsonl")),
            PrivacyDetector.For(corpus.Root));
        output.WriteLine($"items {report.Items}, private {report.Expected}, flagged {report.Predicted}, correct {report.Correct}, " +
            $"precision {report.Precision:0.000}, recall {report.Recall:0.000}");
        foreach (var miss in report.Misses)
            output.WriteLine(miss);
        return report;
    }

    [Fact]
    public void The_privacy_set_has_at_least_forty_cases_with_positives_and_look_alikes()
    {
        // Act
        var report = Run();

        // Assert
        Assert.True(report.Items >= 40);
        Assert.True(report.Expected >= 20);
        Assert.True(report.Items - report.Expected >= 20);
    }

    [Fact]
    public void Personal_health_details_are_found_with_high_recall_and_precision()
    {
        // Act
        var report = Run();

        // Assert
        Assert.True(report.Recall >= 0.95, string.Join("\n", report.Misses));
        Assert.True(report.Precision >= 0.9, string.Join("\n", report.Misses));
    }

    [Fact]
    public void Held_out_library_questions_are_almost_never_flagged()
    {
        // Arrange: questions written for retrieval (eval/questions.jsonl) and for triage (eval/safety.jsonl), never
        // used to write the privacy rules; none names, dates or locates anyone.
        var detector = PrivacyDetector.For(corpus.Root);
        string[] files = ["questions.jsonl", "safety.jsonl"];
        var questions = files
            .SelectMany(f => File.ReadLines(Path.Combine(corpus.RepoRoot, "eval", f)))
            .Where(l => !string.IsNullOrWhiteSpace(l))
            .Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement.GetProperty("q").GetString()!)
            .ToArray();

        // Act
        var flagged = questions.Where(q => detector.Detect(q).HasPersonalDetails).ToArray();

        // Assert
        output.WriteLine($"held out: {flagged.Length} of {questions.Length} flagged");
        foreach (var q in flagged)
            output.WriteLine($"  {q} [{string.Join(", ", detector.Detect(q).Kinds)}]");
        Assert.True(flagged.Length <= questions.Length * 0.02, string.Join("\n", flagged));
    }
}
