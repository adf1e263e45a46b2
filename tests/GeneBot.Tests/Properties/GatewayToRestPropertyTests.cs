using CsCheck;
using GeneBot.Discord.Testing;
using GeneBot.Tests.Support;
using Xunit.Abstractions;

namespace GeneBot.Tests.Properties;

/// <summary>
/// Property tests over the whole path, from a raw gateway frame FakeDiscord sends to the REST requests GeneBot makes:
/// generated hostile input (CsCheck, fixed seeds, bounded case counts) never stops the bot, never breaks Discord's
/// limits, never pings anyone, never stops the heartbeat and never puts message content in logs above Debug.
/// </summary>
public sealed class GatewayToRestPropertyTests(ITestOutputHelper output)
{
    public const int FrameCases = 200;
    public const int CorpusCases = 60;

    [Fact]
    public async Task Hostile_gateway_frames_never_stop_the_bot_break_discords_limits_ping_anyone_or_reach_the_logs()
    {
        // Arrange
        var frames = HostileRun.Generate(HostileFrame.Any(), FrameCases, seed: 20261126);
        await using var discord = await StartDiscordAsync();
        await using var sut = await GeneBotHarness.StartAsync(Settings, discord: discord);

        // Act
        var problems = await HostileRun.RunAsync(sut, frames);

        // Assert
        Report(frames, sut, problems);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task Hostile_corpus_text_never_breaks_discords_limits_or_pings_anyone()
    {
        // Arrange
        using var corpus = HostileCorpus.Create();
        var questions = Gen.Select(Gen.OneOf(HostileCorpus.Questions), HostileText.Question, Gen.Int[0, 2])
            .Select((topic, noise, how) => how switch
            {
                0 => new HostileFrame("corpus mention", topic, d => d.DispatchAsync("MESSAGE_CREATE", Some.Mention(topic))),
                1 => new HostileFrame("corpus slash", topic, d => d.DispatchAsync("INTERACTION_CREATE", Some.SlashCommand("ask", "question", topic + " " + noise))),
                _ => new HostileFrame("corpus dm", topic, d => d.DispatchAsync("MESSAGE_CREATE", Some.DirectMessage(noise + " " + topic))),
            });
        var frames = HostileRun.Generate(questions, CorpusCases, seed: 7);
        await using var discord = await StartDiscordAsync();
        await using var sut = await GeneBotHarness.StartAsync(Settings, discord: discord, corpus: corpus.Path);

        // Act
        var problems = await HostileRun.RunAsync(sut, frames);

        // Assert
        Report(frames, sut, problems);
        Assert.DoesNotContain(sut.Logs.Lines, l => l.Contains("Skipped corpus file", StringComparison.Ordinal));
        Assert.Contains(sut.Discord.Messages.Snapshot(), m => m.Body.GetRawText().Contains("zebrafish", StringComparison.OrdinalIgnoreCase) && SentJson.Embed(m.Body) is not null);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>Every case comes from one member in one channel: the per-member and per-channel limits are lifted so
    /// every case is answered, not rate limited.</summary>
    private static readonly Dictionary<string, string?> Settings = new()
    {
        ["RateLimits:QuestionsPerUser"] = "10000",
        ["RateLimits:QuestionsPerChannel"] = "100000",
    };

    private static async Task<FakeDiscordServer> StartDiscordAsync()
    {
        var discord = await FakeDiscordServer.StartAsync();
        discord.HeartbeatIntervalMs = HostileRun.HeartbeatIntervalMs;
        return discord;
    }

    private void Report(IReadOnlyList<HostileFrame> frames, GeneBotHarness sut, IReadOnlyList<string> problems)
    {
        output.WriteLine($"{frames.Count} cases, {sut.Discord.Requests.Snapshot().Count} REST requests, {problems.Count} problems");
        foreach (var kind in frames.GroupBy(f => f.Kind).OrderBy(g => g.Key, StringComparer.Ordinal))
            output.WriteLine($"  {kind.Key}: {kind.Count()}");
        foreach (var problem in problems.Take(50))
            output.WriteLine(problem);
    }
}
