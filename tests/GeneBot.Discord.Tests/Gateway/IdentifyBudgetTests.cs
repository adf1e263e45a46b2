using GeneBot.Discord.Gateway;
using GeneBot.Discord.Models;
using Microsoft.Extensions.Time.Testing;

namespace GeneBot.Discord.Tests.Gateway;

public sealed class IdentifyBudgetTests
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));

    private IdentifyBudget CreateSut(int daily = 1000, int reserve = 10) => new(daily, reserve, TimeSpan.FromSeconds(5), time);

    [Fact]
    public void The_server_limit_at_the_reserve_blocks_until_its_reset()
    {
        // Arrange
        var sut = CreateSut();
        sut.Update(new SessionStartLimit(1000, 10, 3_600_000, 1));

        // Act
        var wait = sut.TimeUntilAllowed();

        // Assert
        Assert.Equal(TimeSpan.FromHours(1), wait);
        Assert.True(sut.LimitedByServer);
    }

    [Fact]
    public void The_rolling_count_blocks_until_the_oldest_identify_is_a_day_old()
    {
        // Arrange
        var sut = CreateSut(daily: 3, reserve: 0);
        for (var i = 0; i < 3; i++)
        {
            sut.RecordIdentify();
            time.Advance(TimeSpan.FromMinutes(1));
        }

        // Act
        var wait = sut.TimeUntilAllowed();
        time.Advance(wait);

        // Assert
        Assert.Equal(TimeSpan.FromHours(24) - TimeSpan.FromMinutes(3), wait);
        Assert.Equal(TimeSpan.Zero, sut.TimeUntilAllowed());
        Assert.Equal(2, sut.IdentifiesInLastDay);
    }

    [Fact]
    public void Identifies_are_spaced_by_the_interval()
    {
        // Arrange
        var sut = CreateSut();
        sut.RecordIdentify();

        // Act
        time.Advance(TimeSpan.FromSeconds(2));

        // Assert
        Assert.Equal(TimeSpan.FromSeconds(3), sut.TimeUntilAllowed());
    }
}
