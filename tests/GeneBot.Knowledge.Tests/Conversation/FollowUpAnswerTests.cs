using GeneBot.Knowledge.Answers;
using GeneBot.Knowledge.Tests.CorpusContent;
using GeneBot.Knowledge.Tests.Support;

namespace GeneBot.Knowledge.Tests.Conversation;

/// <summary>Follow-ups resolved against the earlier question, on the bundled corpus and a real index.</summary>
public sealed class FollowUpAnswerTests : IClassFixture<FollowUpAnswerTests.Fixture>
{
    private readonly KnowledgeBase knowledge;

    public FollowUpAnswerTests(Fixture fixture) => knowledge = fixture.Knowledge;

    public sealed class Fixture : IDisposable
    {
        private readonly TempDirectory index = new();

        public Fixture() =>
            Knowledge = KnowledgeBase.Open(new KnowledgeOptions { CorpusPath = new BundledCorpus().Root, IndexPath = index.Combine("index") });

        public KnowledgeBase Knowledge { get; }

        public void Dispose()
        {
            Knowledge.Dispose();
            index.Dispose();
        }
    }

    [Fact]
    public void A_follow_up_is_answered_about_the_earlier_topic()
    {
        // Act
        var alone = knowledge.Ask("and how is it given?", 3);
        var followUp = knowledge.Ask("and how is it given?", 3, context: "what is t-vec (imlygic)?");

        // Assert
        Assert.Contains(followUp.Citations, c => c.ArticleId.Contains("t-vec", StringComparison.Ordinal) || c.Excerpt.Contains("T-VEC", StringComparison.Ordinal));
        Assert.Contains("following: what is t-vec (imlygic)?", followUp.Context);
        Assert.Equal(alone.Question, alone.Context);
    }

    [Fact]
    public void A_question_that_stands_on_its_own_is_not_touched_by_the_context()
    {
        // Act
        var alone = knowledge.Ask("what is crispr?", 3);
        var withContext = knowledge.Ask("what is crispr?", 3, context: "how much does car-t cost?");

        // Assert
        Assert.Equal(alone.Text, withContext.Text);
        Assert.Equal(alone.Question, withContext.Context);
    }

    [Fact]
    public void The_context_steers_ranking_but_confidence_judges_the_question_s_own_words()
    {
        // Act: the earlier topic alone cannot make an unanswerable follow-up look answered.
        var answer = knowledge.Ask("and what about the pizza?", 3, context: "what is car-t?");

        // Assert
        Assert.Equal(AnswerStatus.Abstained, answer.Status);
    }
}
