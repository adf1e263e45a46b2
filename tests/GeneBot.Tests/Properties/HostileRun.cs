using CsCheck;
using GeneBot.Discord.Testing;
using GeneBot.Discord.Testing.Gateway;
using GeneBot.Tests.Support;

namespace GeneBot.Tests.Properties;

/// <summary>
/// Runs generated hostile frames through a real GeneBot host and FakeDiscord, in order, with a sentinel question after
/// every <see cref="SentinelEvery"/> frames (one handler worker answers in order, so its reply proves every earlier
/// frame was handled and the loop still runs), then reads what GeneBot sent, logged and heartbeated.
/// </summary>
public static class HostileRun
{
    public const int SentinelEvery = 10;

    /// <summary>Heartbeat interval FakeDiscord asks for: short, so a stalled receive loop shows as a gap.</summary>
    public const int HeartbeatIntervalMs = 1000;

    /// <summary>The longest allowed gap between two heartbeats (a loaded 2-core CI machine can pause for a while).</summary>
    public static readonly TimeSpan MaxHeartbeatGap = TimeSpan.FromSeconds(3);

    /// <summary>The cases of a run: generated from a fixed seed, so every run (and every failure) is reproducible.
    /// Set GENEBOT_PROPERTY_SEED to explore other seeds.</summary>
    public static IReadOnlyList<HostileFrame> Generate(Gen<HostileFrame> gen, int count, ulong seed)
    {
        if (ulong.TryParse(Environment.GetEnvironmentVariable("GENEBOT_PROPERTY_SEED"), out var chosen))
            seed = chosen;
        var pcg = new PCG(1, seed);
        return Enumerable.Range(0, count).Select(_ => gen.Generate(pcg, null!, out Size _)).ToArray();
    }

    public static async Task<IReadOnlyList<string>> RunAsync(GeneBotHarness sut, IReadOnlyList<HostileFrame> frames)
    {
        var problems = new List<string>();
        var started = sut.Discord.Now;
        for (var i = 0; i < frames.Count; i++)
        {
            try
            {
                await frames[i].SendAsync(sut.Discord);
            }
            catch (Exception ex)
            {
                problems.Add($"case {i} ({frames[i]}): FakeDiscord could not send it: {ex.GetType().Name} {ex.Message}");
            }
            if ((i + 1) % SentinelEvery == 0 || i == frames.Count - 1)
                await SentinelAsync(sut, problems, $"after case {i} ({frames[i]})");
        }

        problems.AddRange(SentMessageRules.Violations(sut.Discord.Requests.Snapshot()));
        problems.AddRange(sut.Discord.SchemaViolations.Snapshot().Select(v => $"schema: {v.Method} {v.Template}: {string.Join("; ", v.Errors.Take(3))}"));
        problems.AddRange(sut.Discord.Failures.Snapshot().Select(f => $"FakeDiscord failed: {f.Message}"));
        if (sut.Exit.IsStopping)
            problems.Add($"the host is stopping (exit code {sut.Exit.Code})");
        if (sut.Discord.Connections.Snapshot().Count != 1)
        {
            var why = sut.Logs.Lines.Where(l => l.Contains("Gateway.GatewayClient", StringComparison.Ordinal) && !l.StartsWith("Debug", StringComparison.Ordinal)
                && !l.StartsWith("Trace", StringComparison.Ordinal) && !l.Contains("malformed", StringComparison.Ordinal));
            problems.Add($"the gateway reconnected: {sut.Discord.Connections.Snapshot().Count} connections; {string.Join(" | ", why.Select(l => l[..Math.Min(l.Length, 160)]))}");
        }
        await CheckHeartbeatsAsync(sut, started, problems);
        problems.AddRange(sut.Logs.Lines
            .Where(l => l.StartsWith("Error", StringComparison.Ordinal) || l.StartsWith("Critical", StringComparison.Ordinal))
            .Select(l => $"an error logged (an exception escaped a handler): {l[..Math.Min(l.Length, 300)]}"));
        problems.AddRange(sut.Logs.Lines
            .Where(l => !l.StartsWith("Debug", StringComparison.Ordinal) && !l.StartsWith("Trace", StringComparison.Ordinal))
            .Where(l => l.Contains(HostileText.Marker, StringComparison.Ordinal) || l.Contains(Some.UserId, StringComparison.Ordinal)
                || l.Contains("interaction-token-", StringComparison.Ordinal) || l.Contains(sut.Discord.Token, StringComparison.Ordinal))
            .Select(l => $"content, a member id or a token in a log line above Debug: {l[..Math.Min(l.Length, 200)]}"));
        return problems;
    }

    private static async Task SentinelAsync(GeneBotHarness sut, List<string> problems, string when)
    {
        var id = await sut.SendAsync("MESSAGE_CREATE", Some.Mention("what is CAR-T?"));
        try
        {
            await sut.WaitForReplyToAsync(id);
        }
        catch (TimeoutException)
        {
            problems.Add($"no reply to a plain question {when}");
        }
    }

    private static async Task CheckHeartbeatsAsync(GeneBotHarness sut, TimeSpan started, List<string> problems)
    {
        var before = sut.Discord.Frames.Snapshot().Count(f => f.Op == GatewayFrame.Heartbeat);
        try
        {
            await sut.Discord.Frames.WaitForCountAsync(f => f.Op == GatewayFrame.Heartbeat, before + 2, TimeSpan.FromSeconds(10), "heartbeats after the run");
        }
        catch (TimeoutException)
        {
            problems.Add("the gateway stopped heartbeating");
        }
        var beats = sut.Discord.Frames.Snapshot().Where(f => f.Op == GatewayFrame.Heartbeat && f.At >= started).Select(f => f.At).ToArray();
        var gaps = beats.Zip(beats.Skip(1), (a, b) => b - a).ToArray();
        if (gaps.Length > 0 && gaps.Max() > MaxHeartbeatGap)
            problems.Add($"a heartbeat gap of {gaps.Max().TotalMilliseconds:0} ms (interval {HeartbeatIntervalMs} ms)");
    }
}
