using GeneBot.Chat;
using GeneBot.Features.Ask;
using Microsoft.Extensions.Time.Testing;

namespace GeneBot.Tests.Features.Ask;

public sealed class RecentAnswersTests
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 26, 12, 0, 0, TimeSpan.Zero));

    private static ChatRequest In(string user, string place) => new("what is car-t?", user, place);

    [Fact]
    public void An_answer_is_found_by_its_id_until_it_expires()
    {
        // Arrange
        var sut = new RecentAnswers(time, ttl: TimeSpan.FromMinutes(30));
        sut.Remember("a1", In("ann", "dm"), "what is car-t?", context: null, shown: 3);

        // Act
        var soon = sut.Find("a1");
        time.Advance(TimeSpan.FromMinutes(30) + TimeSpan.FromSeconds(1));
        var later = sut.Find("a1");

        // Assert
        Assert.Equal("what is car-t?", soon?.Question);
        Assert.Equal(3, soon?.Shown);
        Assert.Null(later);
        Assert.Null(sut.Latest(In("ann", "dm")));
    }

    [Fact]
    public void The_oldest_answers_are_forgotten_beyond_the_capacity()
    {
        // Arrange
        var sut = new RecentAnswers(time, capacity: 2);

        // Act
        sut.Remember("a1", In("ann", "dm"), "q1", null, 3);
        sut.Remember("a2", In("ann", "dm"), "q2", null, 3);
        sut.Remember("a3", In("bob", "dm"), "q3", null, 3);

        // Assert
        Assert.Null(sut.Find("a1"));
        Assert.NotNull(sut.Find("a2"));
        Assert.NotNull(sut.Find("a3"));
    }

    [Fact]
    public void The_latest_answer_is_kept_per_member_and_place()
    {
        // Arrange
        var sut = new RecentAnswers(time);
        sut.Remember("a1", In("ann", "channel"), "q1", null, 3);
        sut.Remember("a2", In("ann", "thread"), "q2", "q1", 3);

        // Act
        var channel = sut.Latest(In("ann", "channel"));
        var thread = sut.Latest(In("ann", "thread"));
        var bob = sut.Latest(In("bob", "channel"));

        // Assert
        Assert.Equal("a1", channel?.Id);
        Assert.Equal("a2", thread?.Id);
        Assert.Equal("q1", thread?.Context);
        Assert.Null(bob);
    }

    [Fact]
    public void Showing_more_sources_moves_on_but_keeps_the_page_size()
    {
        // Arrange
        var sut = new RecentAnswers(time);
        sut.Remember("a1", In("ann", "dm"), "q1", null, 3);

        // Act
        sut.Showed("a1", 6);

        // Assert
        Assert.Equal(6, sut.Find("a1")?.Shown);
        Assert.Equal(3, sut.Find("a1")?.Page);
    }
}
