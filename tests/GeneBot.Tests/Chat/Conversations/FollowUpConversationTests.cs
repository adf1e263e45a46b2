using GeneBot.Chat;
using GeneBot.Tests.Support;

namespace GeneBot.Tests.Chat.Conversations;

/// <summary>Follow-ups through the chat layer, on the bundled corpus: "what is t-vec?" then "how is it given?".</summary>
public sealed class FollowUpConversationTests(BundledKnowledge bundled) : IClassFixture<BundledKnowledge>
{
    [Fact]
    public void A_follow_up_in_the_same_conversation_is_answered_about_the_earlier_topic()
    {
        // Arrange
        var router = ChatSetup.CreateRouter(bundled.Knowledge);
        router.Handle(new ChatRequest("what is t-vec (imlygic)?", "ann", "dm-ann"));

        // Act
        var followUp = router.Handle(new ChatRequest("and how is it given?", "ann", "dm-ann"));
        var elsewhere = router.Handle(new ChatRequest("and how is it given?", "bob", "dm-bob"));

        // Assert
        Assert.NotNull(followUp.Answer);
        Assert.Contains("following: what is t-vec (imlygic)?", followUp.Answer.Context);
        Assert.Contains(followUp.Answer.Citations, c => c.ArticleId.Contains("t-vec", StringComparison.Ordinal) || c.Excerpt.Contains("T-VEC", StringComparison.Ordinal));
        Assert.Equal(elsewhere.Answer?.Question, elsewhere.Answer?.Context);
    }
}
