using GeneBot.Tests.Support;

namespace GeneBot.Tests.Adapters.Discord.Moderation;

/// <summary>One GeneBot on FakeDiscord with moderator and admin roles configured, shared by a test class.</summary>
public sealed class ModerationFixture : IAsyncLifetime
{
    public GeneBotHarness Harness { get; private set; } = null!;

    public async Task InitializeAsync() => Harness = await GeneBotHarness.StartAsync(SomeInteraction.Settings());

    public async Task DisposeAsync() => await Harness.DisposeAsync();
}
