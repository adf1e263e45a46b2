using GeneBot.Adapters.Discord;
using GeneBot.Discord.Models;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace GeneBot.Tests.Adapters.Discord;

public sealed class RecentlyHandledTests
{
    private readonly FakeTimeProvider time = new();

    private RecentlyHandled CreateSut(int memory = 100, int windowMinutes = 15) =>
        new(Options.Create(new DiscordBotOptions { ReplayMemory = memory, ReplayWindow = TimeSpan.FromMinutes(windowMinutes) }), time);

    [Fact]
    public void An_id_is_claimed_once()
    {
        // Arrange
        var sut = CreateSut();

        // Act
        var first = sut.TryClaim(new Snowflake(1));
        var again = sut.TryClaim(new Snowflake(1));

        // Assert
        Assert.True(first);
        Assert.False(again);
    }

    [Fact]
    public void An_id_is_forgotten_after_the_window()
    {
        // Arrange
        var sut = CreateSut();
        sut.TryClaim(new Snowflake(1));

        // Act
        time.Advance(TimeSpan.FromMinutes(16));
        var later = sut.TryClaim(new Snowflake(1));

        // Assert
        Assert.True(later);
    }

    [Fact]
    public void The_memory_is_bounded_keeping_the_most_recent_ids()
    {
        // Arrange
        var sut = CreateSut(memory: 100);

        // Act
        for (ulong id = 1; id <= 1000; id++)
            sut.TryClaim(new Snowflake(id));

        // Assert
        Assert.Equal(100, sut.Count);
        Assert.False(sut.TryClaim(new Snowflake(1000)));
        Assert.True(sut.TryClaim(new Snowflake(1)));
    }
}
