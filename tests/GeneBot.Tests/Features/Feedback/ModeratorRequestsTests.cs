using GeneBot.Features.Feedback;
using Microsoft.Extensions.Time.Testing;

namespace GeneBot.Tests.Features.Feedback;

public sealed class ModeratorRequestsTests
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 26, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public void An_answer_is_escalated_once_whoever_presses_again()
    {
        // Arrange
        using var sut = new ModeratorRequests(time);

        // Act
        var first = sut.Admit("a1", "member-1");
        var again = sut.Admit("a1", "member-1");
        var other = sut.Admit("a1", "member-2");

        // Assert
        Assert.Null(first);
        Assert.Equal(ModeratorRequests.AlreadySent, again);
        Assert.Equal(ModeratorRequests.AlreadySent, other);
    }

    [Fact]
    public void A_member_escalates_at_most_three_answers_an_hour_then_again_after_the_hour()
    {
        // Arrange
        using var sut = new ModeratorRequests(time);

        // Act
        var admitted = Enumerable.Range(1, ModeratorRequests.PerMemberPerHour).Select(i => sut.Admit($"a{i}", "member-1")).ToArray();
        var fourth = sut.Admit("a4", "member-1");
        var someoneElse = sut.Admit("b1", "member-2");
        time.Advance(TimeSpan.FromHours(1));
        var later = sut.Admit("a4", "member-1");

        // Assert
        Assert.All(admitted, Assert.Null);
        Assert.Equal(ModeratorRequests.TooMany, fourth);
        Assert.Null(someoneElse);
        Assert.Null(later);
    }

    [Fact]
    public void A_notice_that_could_not_be_posted_can_be_tried_again()
    {
        // Arrange
        using var sut = new ModeratorRequests(time);
        sut.Admit("a1", "member-1");

        // Act
        sut.Release("a1");
        var retry = sut.Admit("a1", "member-1");

        // Assert
        Assert.Null(retry);
    }
}
