namespace GeneBot.Knowledge.Tests.Support;

/// <summary>A clock stopped at one instant.</summary>
public sealed class FixedTime(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
