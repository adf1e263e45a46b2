namespace GeneBot.Tests.Support.Teams;

/// <summary>One <see cref="TeamsHarness"/> with a moderators' conversation (<c>Teams:ModeratorConversationId</c>), shared by a test class.</summary>
public sealed class TeamsModeratorsFixture : IAsyncLifetime
{
    public const string Moderators = "19:moderators@thread.tacv2";

    public TeamsHarness Harness { get; private set; } = null!;

    public async Task InitializeAsync() =>
        Harness = await TeamsHarness.StartAsync(new Dictionary<string, string?> { ["Teams:ModeratorConversationId"] = Moderators });

    public async Task DisposeAsync()
    {
        if (Harness is not null)
            await Harness.DisposeAsync();
    }
}
