using GeneBot.Knowledge.Answers;
using GeneBot.Knowledge.Evaluation;
using GeneBot.Knowledge.Tests.Support;

namespace GeneBot.Knowledge.Tests.Evaluation;

public sealed class EvalRunnerTests(TestIndex index) : IClassFixture<TestIndex>
{
    private static Citation Cite(int n, string articleId, string excerpt = "Some excerpt.") =>
        new(n, articleId, "Title", "Section", excerpt, null, 1.0);

    private static Answer Answered(params Citation[] citations) =>
        new("q", AnswerStatus.Answered, 0.9, "text", citations, ReplyText.Disclaimer);

    private static Answer Abstained() =>
        new("q", AnswerStatus.Abstained, 0.1, ReplyText.Abstention, [], ReplyText.Disclaimer);

    private static readonly EvalItem[] TinySet =
    [
        new() { Id = "q1", Question = "what does car-t target", Expect = ["CD19"] },
        new() { Id = "q2", Question = "what is aav", Relevant = ["aav-gene-therapy"] },
        new() { Id = "q3", Question = "something answerable", Expect = ["nothing like this"] },
        new() { Id = "q4", Question = "best pizza", Abstain = true },
        new() { Id = "q5", Question = "football scores", Abstain = true },
    ];

    private static Answer AnswerTinySet(EvalItem item) => item.Id switch
    {
        "q1" => Answered(Cite(1, "car-t-cell-therapy", "Cells find **CD19** on cancer cells.")),
        "q2" => Answered(Cite(1, "lentiviral-vectors"), Cite(2, "crispr-gene-editing"), Cite(3, "aav-gene-therapy")),
        "q3" => Abstained(),
        "q4" => Abstained(),
        _ => Answered(Cite(1, "oncolytic-viruses")),
    };

    [Fact]
    public void Scoring_a_tiny_set_gives_the_rates_worked_out_by_hand()
    {
        // Act
        var report = EvalRunner.Run(TinySet, AnswerTinySet, k: 3);

        // Assert
        Assert.Equal(5, report.Items);
        Assert.Equal(3, report.Answerable);
        Assert.Equal(2, report.AbstainItems);
        Assert.Equal(1.0 / 3, report.SuccessAt1, 12);
        Assert.Equal(2.0 / 3, report.SuccessAt3, 12);
        Assert.Equal(2.0 / 3, report.SuccessAt5, 12);
        Assert.Equal((1 + 1.0 / 3 + 0) / 3, report.Mrr, 12);
        Assert.Equal(0.5, report.NdcgAt10!.Value, 12);
        Assert.Equal(0.5, report.AbstentionRate, 12);
        Assert.Equal(1.0 / 3, report.FalseAbstentionRate, 12);
        Assert.Equal(3, report.K);
        Assert.Equal(2.0 / 3, report.SuccessAtK, 12);
        Assert.Equal(["q3"], report.Failures);
    }

    [Fact]
    public void A_smaller_k_counts_a_hit_below_it_as_a_failure()
    {
        // Act
        var report = EvalRunner.Run(TinySet, AnswerTinySet, k: 1);

        // Assert
        Assert.Equal(1.0 / 3, report.SuccessAtK, 12);
        Assert.Equal(["q2", "q3"], report.Failures);
    }

    [Fact]
    public void Without_judged_articles_there_is_no_ndcg()
    {
        // Act
        var report = EvalRunner.Run(TinySet.Where(i => i.Relevant is null).ToArray(), AnswerTinySet);

        // Assert
        Assert.Null(report.NdcgAt10);
    }

    [Fact]
    public void An_empty_set_scores_zero_without_dividing_by_zero()
    {
        // Act
        var report = EvalRunner.Run([], _ => throw new InvalidOperationException("never asked"));

        // Assert
        Assert.Equal(0, report.Items);
        Assert.Equal(0, report.Mrr);
        Assert.Equal(0, report.AbstentionRate);
        Assert.Empty(report.Failures);
    }

    [Theory]
    [InlineData("CAR T-cell therapy", "The **CAR T-cell** therapy works.")]
    [InlineData("dose_daily", @"Take one dose\_daily.")]
    [InlineData(@"4\.7 kb", "About **4.7** kb.")]
    public void Expected_patterns_match_the_excerpt_without_its_bold_markers_and_escapes(string pattern, string excerpt)
    {
        // Arrange
        EvalItem[] items = [new() { Id = "x", Question = "q", Expect = [pattern] }];

        // Act
        var report = EvalRunner.Run(items, _ => Answered(Cite(1, "a", excerpt)));

        // Assert
        Assert.Equal(1.0, report.SuccessAt1);
    }

    [Fact]
    public void Plain_text_drops_bold_markers_and_markdown_escapes()
    {
        // Act
        var plain = EvalRunner.PlainText(@"**Gene** \*therapy\* a\\b");

        // Assert
        Assert.Equal(@"Gene *therapy* a\b", plain);
    }

    [Fact]
    public void Loading_reads_one_item_per_line_and_skips_blank_lines()
    {
        // Arrange
        using var temp = new TempDirectory();
        var path = temp.Write("eval.jsonl", """
            {"id":"a","q":"what is aav?","relevant":["aav-gene-therapy"]}

            {"id":"b","q":"best pizza","abstain":true}
            {"id":"c","q":"what is crs?","expect":["cytokine"],"context":["earlier turn"]}
            """);

        // Act
        var items = EvalRunner.Load(path);

        // Assert
        Assert.Equal(["a", "b", "c"], items.Select(i => i.Id));
        Assert.Equal(["aav-gene-therapy"], items[0].Relevant!);
        Assert.True(items[1].Abstain);
        Assert.Equal(["cytokine"], items[2].Expect!);
        Assert.Equal(["earlier turn"], items[2].Context!);
    }

    [Fact]
    public void Loading_a_broken_line_reports_its_path_and_line()
    {
        // Arrange
        using var temp = new TempDirectory();
        var path = temp.Write("eval.jsonl", "{\"id\":\"a\",\"q\":\"x\"}\n\n{\"id\": broken\n");

        // Act
        var error = Assert.Throws<InvalidDataException>(() => EvalRunner.Load(path));

        // Assert
        Assert.StartsWith($"{path}:3: not a valid evaluation item", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Scoring_the_real_engine_on_the_test_corpus_finds_each_answer_first_and_abstains_off_topic()
    {
        // Arrange
        EvalItem[] items =
        [
            new() { Id = "imlygic", Question = "What is Imlygic?", Relevant = ["oncolytic-viruses"] },
            new() { Id = "crs", Question = "How is CRS treated?", Expect = ["cytokine release syndrome"] },
            new() { Id = "base", Question = "How do base editors change DNA letters?", Relevant = ["crispr-gene-editing"] },
            new() { Id = "bread", Question = "How do I bake sourdough bread?", Abstain = true },
        ];
        var composer = new AnswerComposer(0.5);

        // Act
        var report = EvalRunner.Run(items, item => composer.Compose(index.Search(item.Question, 30), EvalRunner.Depth));

        // Assert
        Assert.Equal(1.0, report.SuccessAt1);
        Assert.Equal(1.0, report.Mrr);
        Assert.Equal(1.0, report.AbstentionRate);
        Assert.Equal(0.0, report.FalseAbstentionRate);
        Assert.Empty(report.Failures);
    }
}
