using GeneBot.Knowledge.Answers;
using GeneBot.Knowledge.Search;
using GeneBot.Knowledge.Tests.Support;

namespace GeneBot.Knowledge.Tests.Answers;

public sealed class AnswerComposerTests
{
    private static AnswerComposer CreateSut(double threshold = 0.5) => new(threshold);

    private static Answer Compose(string question, int top, params Knowledge.Indexing.Passage[] passages) =>
        CreateSut().Compose(Some.Result(Some.Plan(question), passages), top);

    [Fact]
    public void Answering_numbers_the_citations_and_renders_them_with_their_sources()
    {
        // Arrange
        var first = Some.Passage("aav-gene-therapy", "AAV vectors carry genes into cells.", title: "AAV gene therapy", section: "Vectors", url: "https://example.org/aav.md#vectors");
        var second = Some.Passage("lentiviral-vectors", "Lentiviral vectors write genes into DNA.", title: "Lentiviral vectors", section: "Integration");

        // Act
        var answer = Compose("vectors genes", 3, first, second);

        // Assert
        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Equal([1, 2], answer.Citations.Select(c => c.N));
        Assert.Equal(["aav-gene-therapy", "lentiviral-vectors"], answer.Citations.Select(c => c.ArticleId));
        var expected = string.Join(Environment.NewLine,
            ReplyText.Lead,
            "",
            "[1] AAV **vectors** carry **genes** into cells.",
            "[2] Lentiviral **vectors** write **genes** into DNA.",
            "",
            "Sources:",
            "[1] AAV gene therapy § Vectors — https://example.org/aav.md#vectors",
            "[2] Lentiviral vectors § Integration",
            "",
            ReplyText.Disclaimer);
        Assert.Equal(expected, answer.Text);
        Assert.Equal("https://example.org/aav.md#vectors", answer.Citations[0].Url);
        Assert.Equal(10.0, answer.Citations[0].Score);
    }

    [Fact]
    public void An_answer_cites_at_most_two_passages_of_one_article()
    {
        // Arrange
        var passages = Enumerable.Range(0, 4).Select(i => Some.Passage("car-t-cell-therapy", $"CAR T cells, part {i}.", order: i))
            .Append(Some.Passage("faq:what-is-car-t", "CAR T cells are changed immune cells."))
            .ToArray();

        // Act
        var answer = Compose("car t cells", 5, passages);

        // Assert
        Assert.Equal(["car-t-cell-therapy", "car-t-cell-therapy", "faq:what-is-car-t"], answer.Citations.Select(c => c.ArticleId));
        Assert.Equal([1, 2, 3], answer.Citations.Select(c => c.N));
        Assert.Contains("part 0", answer.Citations[0].Excerpt, StringComparison.Ordinal);
        Assert.Contains("part 1", answer.Citations[1].Excerpt, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(0, 1)]
    public void An_answer_cites_no_more_passages_than_asked_for_and_at_least_one(int top, int expected)
    {
        // Arrange
        var passages = Enumerable.Range(0, 5).Select(i => Some.Passage($"article-{i}", "Gene therapy changes genes.")).ToArray();

        // Act
        var answer = Compose("gene therapy", top, passages);

        // Assert
        Assert.Equal(expected, answer.Citations.Count);
    }

    [Fact]
    public void A_later_passage_covering_less_than_half_of_what_the_first_covers_is_not_cited()
    {
        // Arrange
        var full = Some.Passage("a", "Fetal hemoglobin returns after sickle cell gene editing.");
        var weak = Some.Passage("b", "Editing is precise.");
        var good = Some.Passage("c", "Sickle cell editing switches fetal hemoglobin on.");

        // Act
        var answer = Compose("sickle cell fetal hemoglobin editing", 3, full, weak, good);

        // Assert
        Assert.Equal(["a", "c"], answer.Citations.Select(c => c.ArticleId));
    }

    [Fact]
    public void The_question_words_are_bolded_in_the_excerpts()
    {
        // Act
        var answer = Compose("How are T cells collected?", 1, Some.Passage("a", "Doctors collect T cells from the blood."));

        // Assert
        Assert.Equal("Doctors **collect T cells** from the blood.", Assert.Single(answer.Citations).Excerpt);
    }

    [Fact]
    public void Markdown_in_corpus_text_is_escaped_in_the_excerpt()
    {
        // Act
        var answer = Compose("gene", 1, Some.Passage("a", "A gene *can* be ~~switched~~ off_here @everyone."));

        // Assert
        Assert.Equal(@"A **gene** \*can\* be \~\~switched\~\~ off\_here @everyone.", Assert.Single(answer.Citations).Excerpt);
    }

    [Fact]
    public void Confidence_is_the_weighted_share_of_question_words_and_word_pairs_found()
    {
        // Arrange: "gene" and "therapy" found side by side, "safety" missing: 0.8 × 2/3 + 0.2 × 1/2.
        var passage = Some.Passage("a", "Gene therapy changes cells.");

        // Act
        var answer = Compose("gene therapy safety", 3, passage);

        // Assert
        Assert.Equal(0.633, answer.Confidence);
        Assert.Equal(AnswerStatus.Answered, answer.Status);
    }

    [Fact]
    public void A_passage_holding_every_question_word_side_by_side_gives_full_confidence()
    {
        // Act
        var answer = Compose("gene therapy", 3, Some.Passage("a", "Gene therapy changes cells."));

        // Assert
        Assert.Equal(1.0, answer.Confidence);
    }

    [Fact]
    public void Evidence_below_the_threshold_abstains_cites_nothing_and_says_so()
    {
        // Arrange: confidence 0.633 as above, under a 0.7 threshold.
        var result = Some.Result(Some.Plan("gene therapy safety"), Some.Passage("a", "Gene therapy changes cells."));

        // Act
        var answer = CreateSut(threshold: 0.7).Compose(result, 3);

        // Assert
        Assert.Equal(AnswerStatus.Abstained, answer.Status);
        Assert.Empty(answer.Citations);
        Assert.Equal(0.633, answer.Confidence);
        Assert.Equal($"{ReplyText.Abstention}\n\n{ReplyText.Disclaimer}", answer.Text);
        Assert.DoesNotContain("[1]", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Evidence_exactly_at_the_threshold_answers()
    {
        // Arrange
        var result = Some.Result(Some.Plan("gene therapy"), Some.Passage("a", "Gene therapy changes cells."));

        // Act
        var answer = CreateSut(threshold: 1.0).Compose(result, 3);

        // Assert
        Assert.Equal(AnswerStatus.Answered, answer.Status);
    }

    [Fact]
    public void No_hits_abstain_with_zero_confidence()
    {
        // Act
        var answer = Compose("zebrafish fins", 3);

        // Assert
        Assert.Equal(AnswerStatus.Abstained, answer.Status);
        Assert.Equal(0, answer.Confidence);
        Assert.StartsWith(ReplyText.Abstention, answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_question_without_topic_words_asks_for_a_question()
    {
        // Act
        var answer = Compose("what is it?", 3, Some.Passage("a", "What is it, you ask."));

        // Assert
        Assert.Equal(AnswerStatus.Abstained, answer.Status);
        Assert.Empty(answer.Citations);
        Assert.StartsWith(ReplyText.EmptyQuestion, answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("gene therapy", 0.5)]
    [InlineData("gene therapy safety", 0.99)]
    [InlineData("zebrafish", 0.5)]
    [InlineData("", 0.5)]
    public void Every_reply_ends_with_the_disclaimer_and_has_a_confidence_between_0_and_1(string question, double threshold)
    {
        // Arrange
        var result = Some.Result(Some.Plan(question), Some.Passage("a", "Gene therapy changes cells."));

        // Act
        var answer = CreateSut(threshold).Compose(question == "zebrafish" ? result with { Hits = [] } : result, 3);

        // Assert
        Assert.EndsWith(ReplyText.Disclaimer, answer.Text, StringComparison.Ordinal);
        Assert.Equal(ReplyText.Disclaimer, answer.Disclaimer);
        Assert.InRange(answer.Confidence, 0, 1);
    }
}
