namespace GeneBot.Tests.Support.Teams;

/// <summary>One <see cref="TeamsHarness"/> shared by a test class (its tests use their own activity ids and members).</summary>
public sealed class TeamsHarnessFixture : IAsyncLifetime
{
    public TeamsHarness Harness { get; private set; } = null!;

    public async Task InitializeAsync() => Harness = await TeamsHarness.StartAsync();

    public async Task DisposeAsync()
    {
        if (Harness is not null)
            await Harness.DisposeAsync();
    }
}
