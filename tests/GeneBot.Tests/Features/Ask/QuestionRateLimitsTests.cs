using GeneBot.Chat;
using GeneBot.Features.Ask;
using Microsoft.Extensions.Time.Testing;

namespace GeneBot.Tests.Features.Ask;

public sealed class QuestionRateLimitsTests
{
    private readonly FakeTimeProvider time = new(DateTimeOffset.UnixEpoch);

    private QuestionRateLimits CreateSut(int perUser = 5, int perChannel = 30) =>
        new(new RateLimitOptions { QuestionsPerUser = perUser, QuestionsPerChannel = perChannel, Window = TimeSpan.FromMinutes(1) }, time);

    private static ChatRequest From(string user, string place = "channel-1", bool isPrivate = false) => new("what is car-t?", user, place, isPrivate);

    [Fact]
    public void The_sixth_question_in_a_minute_gets_a_short_notice_and_the_next_minute_is_fresh()
    {
        // Arrange
        using var sut = CreateSut();

        // Act
        var first5 = Enumerable.Range(0, 5).Select(_ => sut.Check(From("u1"))).ToArray();
        var sixth = sut.Check(From("u1"));
        var otherUser = sut.Check(From("u2"));
        time.Advance(TimeSpan.FromMinutes(1));
        var nextMinute = sut.Check(From("u1"));

        // Assert
        Assert.All(first5, Assert.Null);
        Assert.Equal(ChatErrors.TooManyQuestions, sixth);
        Assert.True(sixth!.Ephemeral);
        Assert.Null(otherUser);
        Assert.Null(nextMinute);
    }

    [Fact]
    public void A_busy_channel_is_limited_across_members_but_private_places_are_not()
    {
        // Arrange
        using var sut = CreateSut(perUser: 100, perChannel: 3);

        // Act
        var allowed = Enumerable.Range(0, 3).Select(i => sut.Check(From($"u{i}"))).ToArray();
        var fourth = sut.Check(From("u9"));
        var dm = sut.Check(From("u9", "dm-1", isPrivate: true));

        // Assert
        Assert.All(allowed, Assert.Null);
        Assert.Equal(ChatErrors.ChannelBusy, fourth);
        Assert.Null(dm);
    }
}
