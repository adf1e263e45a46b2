using GeneBot.Discord.Gateway;

namespace GeneBot.Discord.Tests.Gateway;

public sealed class ExponentialBackoffPolicyTests
{
    private static ExponentialBackoffPolicy CreateSut() =>
        new(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60), new Random(42));

    [Fact]
    public void Delays_use_full_jitter_below_a_doubling_ceiling()
    {
        // Arrange
        var sut = CreateSut();

        // Act
        var delays = Enumerable.Range(0, 6).SelectMany(attempt => Enumerable.Range(0, 50).Select(_ => (attempt, delay: sut.GetDelay(attempt)))).ToList();

        // Assert
        Assert.All(delays, d => Assert.InRange(d.delay, TimeSpan.Zero, TimeSpan.FromSeconds(Math.Pow(2, d.attempt))));
        Assert.Contains(delays, d => d.attempt == 5 && d.delay > TimeSpan.FromSeconds(16));
    }

    [Fact]
    public void Delays_are_capped_and_never_give_up()
    {
        // Arrange
        var sut = CreateSut();

        // Act
        var late = Enumerable.Range(0, 100).Select(i => sut.GetDelay(1000 + i)).ToList();

        // Assert
        Assert.All(late, d => Assert.InRange(d, TimeSpan.Zero, TimeSpan.FromSeconds(60)));
    }
}
