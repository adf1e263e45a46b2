using GeneBot.Knowledge.Answers;
using GeneBot.Knowledge.Corpus;
using GeneBot.Knowledge.Tests.Conversation;

namespace GeneBot.Knowledge.Tests.Answers;

/// <summary>"Explain simpler" on the bundled corpus: easier passages among the near-best, and glossary terms explained.</summary>
public sealed class SimplerAnswerTests(FollowUpAnswerTests.Fixture fixture) : IClassFixture<FollowUpAnswerTests.Fixture>
{
    private readonly KnowledgeBase knowledge = fixture.Knowledge;

    [Theory]
    [InlineData("what is CAR-T cell therapy?")]
    [InlineData("how do oncolytic viruses work?")]
    [InlineData("what is gene therapy?")]
    public void A_simpler_answer_reads_at_no_higher_grade_than_the_usual_one(string question)
    {
        // Act
        var usual = knowledge.Ask(question);
        var simpler = knowledge.Ask(question, simpler: true);

        // Assert
        Assert.Equal(AnswerStatus.Answered, usual.Status);
        Assert.Equal(AnswerStatus.Answered, simpler.Status);
        Assert.True(Grade(simpler) <= Grade(usual) + 0.5, $"simpler {Grade(simpler)} vs usual {Grade(usual)}");
    }

    [Fact]
    public void A_simpler_answer_explains_the_glossary_terms_it_uses_and_keeps_its_sources()
    {
        // Act
        var answer = knowledge.Ask("what is CAR-T cell therapy?", simpler: true);

        // Assert
        Assert.Contains(knowledge.Glossary.Names, n => answer.Citations.Any(c => c.Excerpt.Contains($" ({n.Definition})", StringComparison.Ordinal)));
        Assert.All(answer.Citations, c => Assert.NotNull(c.Reviewed));
        Assert.Contains(answer.Citations[0].Excerpt, answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_usual_answer_is_not_touched()
    {
        // Act
        var answer = knowledge.Ask("what is CAR-T cell therapy?");

        // Assert
        Assert.DoesNotContain(knowledge.Glossary.Names, n => answer.Citations.Any(c => c.ArticleId != Glossary.ArticleId && c.Excerpt.Contains($" ({n.Definition})", StringComparison.Ordinal)));
    }

    private double Grade(Answer answer) =>
        answer.Citations.Average(c => Readability.Score([StripDefinitions(c.Excerpt)]).Grade);

    private string StripDefinitions(string excerpt) =>
        knowledge.Glossary.Names.Aggregate(excerpt, (text, n) => text.Replace($" ({n.Definition})", "", StringComparison.Ordinal));
}
