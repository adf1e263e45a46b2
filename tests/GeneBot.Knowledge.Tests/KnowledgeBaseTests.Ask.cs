using GeneBot.Knowledge.Answers;
using GeneBot.Knowledge.Indexing;
using GeneBot.Knowledge.Tests.Support;

namespace GeneBot.Knowledge.Tests;

public sealed partial class KnowledgeBaseTests
{
    [Fact]
    public void Asking_a_question_replies_with_cited_excerpts_and_the_disclaimer()
    {
        // Arrange
        using var sut = CreateSut();

        // Act
        var answer = sut.Ask("What is Imlygic?");

        // Assert
        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.InRange(answer.Citations.Count, 1, sut.Options.Top);
        Assert.Equal("oncolytic-viruses", answer.Citations[0].ArticleId);
        Assert.Contains("**T-VEC**", answer.Citations[0].Excerpt, StringComparison.Ordinal);
        Assert.Contains("[1] ", answer.Text, StringComparison.Ordinal);
        Assert.EndsWith(ReplyText.Disclaimer, answer.Text, StringComparison.Ordinal);
        Assert.Equal("What is Imlygic?", answer.Question);
    }

    [Fact]
    public void Asking_about_something_the_library_does_not_cover_abstains()
    {
        // Arrange
        using var sut = CreateSut();

        // Act
        var answer = sut.Ask("How do I bake sourdough bread?");

        // Assert
        Assert.Equal(AnswerStatus.Abstained, answer.Status);
        Assert.Empty(answer.Citations);
        Assert.StartsWith(ReplyText.Abstention, answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Asking_with_a_top_of_one_cites_one_passage()
    {
        // Arrange
        using var sut = CreateSut();

        // Act
        var answer = sut.Ask("gene therapy cells", top: 1);

        // Assert
        Assert.Single(answer.Citations);
    }

    [Fact]
    public void Asking_thousands_of_random_and_hostile_strings_never_throws()
    {
        // Arrange
        using var sut = CreateSut();
        var asked = 0;

        foreach (var question in HostileStrings.Fixed().Concat(HostileStrings.Random(2_000)))
        {
            // Act
            var answer = sut.Ask(question);

            // Assert
            Assert.True(answer.Status is AnswerStatus.Answered or AnswerStatus.Abstained, $"question {asked}");
            Assert.InRange(answer.Confidence, 0, 1);
            Assert.EndsWith(ReplyText.Disclaimer, answer.Text, StringComparison.Ordinal);
            Assert.Equal(Enumerable.Range(1, answer.Citations.Count), answer.Citations.Select(c => c.N));
            Assert.Equal(answer.Status == AnswerStatus.Answered, answer.Citations.Count > 0);
            Assert.True(answer.Citations.GroupBy(c => c.ArticleId).All(g => g.Count() <= AnswerComposer.MaxPerArticle));
            asked++;
        }
        Assert.True(asked > 2_000);
    }
}
