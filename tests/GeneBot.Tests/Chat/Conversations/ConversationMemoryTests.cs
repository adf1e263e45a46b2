using GeneBot.Chat;
using GeneBot.Chat.Conversations;
using Microsoft.Extensions.Time.Testing;

namespace GeneBot.Tests.Chat.Conversations;

public sealed class ConversationMemoryTests
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 26, 12, 0, 0, TimeSpan.Zero));

    private ConversationMemory CreateSut(int max = 100) => new(new ConversationOptions { Ttl = TimeSpan.FromMinutes(10), MaxConversations = max }, time);

    private static ChatRequest In(string user, string place) => new("q", user, place);

    [Fact]
    public void A_topic_is_remembered_for_its_member_and_place_until_it_expires()
    {
        // Arrange
        var sut = CreateSut();
        sut.Remember(In("ann", "dm"), "what is car-t?");

        // Act
        var soon = sut.TopicFor(In("ann", "dm"));
        time.Advance(TimeSpan.FromMinutes(10) + TimeSpan.FromSeconds(1));
        var later = sut.TopicFor(In("ann", "dm"));

        // Assert
        Assert.Equal("what is car-t?", soon);
        Assert.Null(later);
        Assert.Equal(0, sut.Count);
    }

    [Fact]
    public void Members_of_a_shared_place_share_its_topic_and_other_places_stay_apart()
    {
        // Arrange
        var sut = CreateSut();
        sut.Remember(In("ann", "thread-1") with { SharedPlace = true }, "what is car-t?");

        // Act
        var bob = sut.TopicFor(In("bob", "thread-1") with { SharedPlace = true });
        var elsewhere = sut.TopicFor(In("bob", "thread-2") with { SharedPlace = true });
        var unshared = sut.TopicFor(In("ann", "thread-1"));

        // Assert
        Assert.Equal("what is car-t?", bob);
        Assert.Null(elsewhere);
        Assert.Null(unshared);
    }

    [Fact]
    public void Members_and_places_do_not_share_topics()
    {
        // Arrange
        var sut = CreateSut();
        sut.Remember(In("ann", "channel-1"), "what is car-t?");

        // Assert
        Assert.Null(sut.TopicFor(In("bob", "channel-1")));
        Assert.Null(sut.TopicFor(In("ann", "channel-2")));
    }

    [Fact]
    public void The_least_recently_used_conversation_is_forgotten_beyond_the_limit()
    {
        // Arrange
        var sut = CreateSut(max: 2);

        // Act
        sut.Remember(In("a", "p"), "1");
        sut.Remember(In("b", "p"), "2");
        sut.Remember(In("a", "p"), "1 again");
        sut.Remember(In("c", "p"), "3");

        // Assert
        Assert.Equal(2, sut.Count);
        Assert.Null(sut.TopicFor(In("b", "p")));
        Assert.Equal("1 again", sut.TopicFor(In("a", "p")));
    }
}
