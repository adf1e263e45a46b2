using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using GeneBot.Adapters.Discord;
using GeneBot.Benchmarks.Scale;
using GeneBot.Discord.Testing;
using GeneBot.Discord.Testing.Rest;
using GeneBot.Hosting;
using GeneBot.Knowledge.Evaluation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GeneBot.Benchmarks.EndToEnd;

/// <summary>
/// <c>e2e [--rate 20] [--seconds 60]</c>: the hosted bot, built as in production, against FakeDiscord on loopback.
/// Mentions carrying the bundled evaluation's questions are dispatched on the gateway at a fixed rate, each from its own
/// user (so per-user rate limits do not interfere), after one warm-up pass over the questions; the latency of one is from
/// just before its MESSAGE_CREATE frame is sent to FakeDiscord's receipt of the REST reply that references it (both on
/// FakeDiscord's clock).
/// </summary>
public static class DiscordLatencyRun
{
    private const string GuildId = "1200000000000000003";
    private const string ChannelId = "1200000000000000002";

    public sealed record Result(double Rate, int Seconds, int Sent, int Replied, Latency Latency, double PeakRssMb);

    public static async Task<int> RunAsync(HarnessArgs args)
    {
        var rate = args.Int("rate", 20);
        var seconds = args.Int("seconds", 60);
        var work = Directory.CreateTempSubdirectory("genebot-e2e").FullName;
        await using var discord = await FakeDiscordServer.StartAsync();
        using var host = Build(discord, work);
        using (var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60)))
        {
            await host.StartAsync(timeout.Token);
            await host.Services.GetRequiredService<BotIdentity>().WaitAsync(timeout.Token);
            await host.Services.GetRequiredService<CommandRegistrar>().Completed.WaitAsync(timeout.Token);
        }

        var questions = EvalRunner.Load(RepoPaths.Questions).Where(i => !i.Abstain).Select(i => i.Question).ToArray();
        await WarmUpAsync(discord, questions);
        var sent = new Dictionary<string, TimeSpan>();
        var interval = TimeSpan.FromSeconds(1.0 / rate);
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < rate * seconds; i++)
        {
            var due = interval * i;
            if (due > clock.Elapsed)
                await Task.Delay(due - clock.Elapsed);
            var message = Mention(questions[i % questions.Length], user: 1300000000000000000UL + (ulong)i);
            var id = message["id"]!.GetValue<string>();
            sent[id] = discord.Now;
            await discord.DispatchAsync("MESSAGE_CREATE", message);
        }

        // Wait (at most 10 s) for the last replies.
        var deadline = Stopwatch.StartNew();
        while (Replies(discord, sent).Count < sent.Count && deadline.Elapsed < TimeSpan.FromSeconds(10))
            await Task.Delay(50);
        var replies = Replies(discord, sent);
        var latencies = replies.Select(r => (r.Value - sent[r.Key]).TotalMilliseconds).ToArray();
        var result = new Result(rate, seconds, sent.Count, replies.Count, Latency.Of(latencies), ProcessMemory.PeakRssMb);
        await host.StopAsync();
        Console.WriteLine(JsonSerializer.Serialize(result));
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{result.Replied}/{result.Sent} mentions answered at {rate}/s for {seconds} s: p50 {result.Latency.P50:0.0} ms, p95 {result.Latency.P95:0.0} ms, p99 {result.Latency.P99:0.0} ms"));
        try
        {
            Directory.Delete(work, recursive: true);
        }
        catch (IOException)
        {
        }
        return 0;
    }

    /// <summary>Every question once, one at a time, before timing: JIT, caches and connections warm, as in a bot that has been up a while.</summary>
    private static async Task WarmUpAsync(FakeDiscordServer discord, IReadOnlyList<string> questions)
    {
        var sent = new Dictionary<string, TimeSpan>();
        for (var i = 0; i < questions.Count; i++)
        {
            var message = Mention(questions[i], user: 1310000000000000000UL + (ulong)i);
            sent[message["id"]!.GetValue<string>()] = discord.Now;
            await discord.DispatchAsync("MESSAGE_CREATE", message);
            var deadline = Stopwatch.StartNew();
            while (Replies(discord, sent).Count < sent.Count && deadline.Elapsed < TimeSpan.FromSeconds(5))
                await Task.Delay(5);
        }
    }

    /// <summary>When FakeDiscord received the REST reply to each sent message, by the sent message's id.</summary>
    private static Dictionary<string, TimeSpan> Replies(FakeDiscordServer discord, Dictionary<string, TimeSpan> sent)
    {
        var replies = new Dictionary<string, TimeSpan>();
        foreach (var request in discord.Requests.Snapshot())
        {
            if (request.Method != "POST" || !request.Template.Contains("/messages", StringComparison.Ordinal) || request.Body.Length == 0)
                continue;
            if (ReferencedId(request) is { } id && sent.ContainsKey(id) && !replies.ContainsKey(id))
                replies[id] = request.At;
        }
        return replies;
    }

    private static string? ReferencedId(RecordedRequest request)
    {
        var json = request.Json;
        return json.ValueKind == JsonValueKind.Object && json.TryGetProperty("message_reference", out var reference) && reference.TryGetProperty("message_id", out var id)
            ? id.GetString()
            : null;
    }

    private static IHost Build(FakeDiscordServer discord, string work)
    {
        var builder = GeneBotHost.CreateBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Discord:Token"] = discord.Token,
            ["Discord:ApiBaseUrl"] = discord.ApiBaseUrl.ToString(),
            ["Discord:GuildIds"] = GuildId,
            ["Discord:AllowedChannelIds"] = "",
            ["Knowledge:CorpusPath"] = RepoPaths.Corpus,
            ["Knowledge:IndexPath"] = Path.Combine(work, "index"),
            ["Storage:Path"] = Path.Combine(work, "genebot.db"),
            ["Health:Path"] = Path.Combine(work, "health.json"),
        });
        builder.Logging.ClearProviders();
        return builder.Build();
    }

    private static JsonObject Mention(string question, ulong user) => new()
    {
        ["id"] = (1400000000000000000UL + (ulong)Interlocked.Increment(ref nextId)).ToString(CultureInfo.InvariantCulture),
        ["channel_id"] = ChannelId,
        ["guild_id"] = GuildId,
        ["author"] = new JsonObject { ["id"] = user.ToString(CultureInfo.InvariantCulture), ["username"] = $"user{user % 100000}" },
        ["member"] = new JsonObject { ["roles"] = new JsonArray(), ["joined_at"] = "2025-01-01T00:00:00Z" },
        ["content"] = $"<@{FakeDiscordServer.BotUserId}> {question}",
        ["mentions"] = new JsonArray(new JsonObject { ["id"] = FakeDiscordServer.BotUserId.ToString(CultureInfo.InvariantCulture), ["username"] = "GeneBot", ["bot"] = true }),
        ["mention_roles"] = new JsonArray(),
        ["mention_everyone"] = false,
        ["type"] = 0,
        ["timestamp"] = "2026-01-01T00:00:00.000000+00:00",
    };

    private static long nextId;
}
