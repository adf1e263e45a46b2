using GeneBot.Knowledge.Conversation;
using GeneBot.Knowledge.Corpus;
using GeneBot.Knowledge.Tests.CorpusContent;

namespace GeneBot.Knowledge.Tests.Conversation;

public sealed class FollowUpDetectorTests(BundledCorpus corpus) : IClassFixture<BundledCorpus>
{
    private FollowUpDetector CreateSut() => FollowUpDetector.For(corpus.Snapshot, ApprovalsTable.Load(corpus.Root));

    [Theory]
    [InlineData("and the side effects?")]
    [InlineData("is it approved?")]
    [InlineData("how long does it take?")]
    [InlineData("what about in children")]
    [InlineData("who can get it")]
    [InlineData("how much does that cost")]
    public void Questions_that_lean_on_the_one_before_are_follow_ups(string question)
    {
        // Assert
        Assert.True(CreateSut().IsFollowUp(question));
    }

    [Theory]
    [InlineData("what is crispr?")]
    [InlineData("how does car-t work")]
    [InlineData("what are the warning signs of crs")]
    [InlineData("is kymriah approved for lymphoma")]
    [InlineData("tell me about oncolytic viruses and melanoma")]
    public void Questions_that_name_their_own_topic_stand_alone(string question)
    {
        // Assert
        Assert.False(CreateSut().IsFollowUp(question));
    }

    [Fact]
    public void Empty_text_is_not_a_follow_up()
    {
        // Assert
        Assert.False(CreateSut().IsFollowUp("  "));
        Assert.False(CreateSut().IsFollowUp(null));
    }
}
