using GeneBot.Adapters.Discord;
using GeneBot.Chat;
using GeneBot.Discord.Gateway;
using GeneBot.Discord.Testing;
using GeneBot.Discord.Testing.Rest;
using GeneBot.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GeneBot.Tests.Support;

/// <summary>
/// The hosted worker built as in production (<see cref="GeneBotHost.CreateBuilder"/>), pointed at a FakeDiscord on
/// loopback, with its own index of the bundled corpus (built at start) and every log line captured.
/// </summary>
public sealed class GeneBotHarness : IAsyncDisposable
{
    public const string ArticleBaseUrl = "https://example.org/genebot/articles/";

    private readonly TempDirectory work = new();
    private readonly bool ownsDiscord;
    private bool started;

    private GeneBotHarness(FakeDiscordServer discord, bool ownsDiscord)
    {
        Discord = discord;
        this.ownsDiscord = ownsDiscord;
    }

    public FakeDiscordServer Discord { get; }
    public IHost Host { get; private set; } = null!;
    public CapturingLoggerProvider Logs { get; } = new();
    public GatedChatResponder? Gate { get; private set; }

    public GatewayClient Gateway => Host.Services.GetRequiredService<GatewayClient>();
    public WorkerExit Exit => Host.Services.GetRequiredService<WorkerExit>();

    /// <summary>
    /// Starts FakeDiscord (unless given) and the host, and waits until GeneBot is signed in and its commands are checked.
    /// <paramref name="settings"/> override the defaults (configuration keys such as <c>Discord:AllowedChannelIds</c>).
    /// </summary>
    public static async Task<GeneBotHarness> StartAsync(
        IReadOnlyDictionary<string, string?>? settings = null,
        FakeDiscordServer? discord = null,
        string? corpus = null,
        bool slowAnswers = false)
    {
        var harness = new GeneBotHarness(discord ?? await FakeDiscordServer.StartAsync(), ownsDiscord: discord is null);
        try
        {
            harness.Host = harness.Build(settings, corpus, slowAnswers);
            using var timeout = new CancellationTokenSource(Timeouts.Wait);
            await harness.Host.StartAsync(timeout.Token);
            harness.started = true;
            await harness.Host.Services.GetRequiredService<BotIdentity>().WaitAsync(timeout.Token);
            await harness.Host.Services.GetRequiredService<CommandRegistrar>().Completed.WaitAsync(timeout.Token);
            return harness;
        }
        catch
        {
            await harness.DisposeAsync();
            throw;
        }
    }

    /// <summary>The settings every harness starts from: FakeDiscord, short reconnect delays, one handler worker (events
    /// are handled in order, so a later event's reply proves the earlier ones were handled).</summary>
    public Dictionary<string, string?> DefaultSettings(string? corpus) => new()
    {
        ["Logging:LogLevel:Default"] = "Trace",
        ["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Trace",
        ["Discord:Token"] = Discord.Token,
        ["Discord:ApiBaseUrl"] = Discord.ApiBaseUrl.ToString(),
        ["Discord:GuildIds"] = Some.GuildId,
        ["Discord:AllowedChannelIds"] = "",
        ["Discord:HandlerConcurrency"] = "1",
        ["Discord:ReadyTimeout"] = "00:00:05",
        ["Discord:ReconnectBaseDelay"] = "00:00:00.020",
        ["Discord:ReconnectMaxDelay"] = "00:00:00.200",
        ["Discord:InvalidSessionDelayMin"] = "00:00:00.050",
        ["Discord:InvalidSessionDelayMax"] = "00:00:00.150",
        ["Discord:IdentifyInterval"] = "00:00:00.050",
        ["Discord:RestRetryBaseDelay"] = "00:00:00.020",
        ["Knowledge:CorpusPath"] = corpus ?? Repo.Corpus,
        ["Knowledge:IndexPath"] = work.Combine("index"),
        ["Knowledge:ArticleBaseUrl"] = ArticleBaseUrl,
        ["Storage:Path"] = work.Combine("genebot.db"),
        ["Health:Path"] = work.Combine("health.json"),
        ["Health:PublishInterval"] = "00:00:01",
    };

    private IHost Build(IReadOnlyDictionary<string, string?>? settings, string? corpus, bool slowAnswers)
    {
        var builder = GeneBotHost.CreateBuilder();
        var values = DefaultSettings(corpus);
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            values[key] = value;
        builder.Configuration.AddInMemoryCollection(values);
        builder.Logging.ClearProviders();
        builder.Logging.AddProvider(Logs);
        if (slowAnswers)
        {
            builder.Services.Replace(ServiceDescriptor.Singleton<IChatResponder>(sp =>
                Gate = new GatedChatResponder(ActivatorUtilities.CreateInstance<ChatResponder>(sp))));
        }
        return builder.Build();
    }

    /// <summary>Sends an event the way Discord does and returns the payload's id.</summary>
    public async Task<string> SendAsync(string eventName, System.Text.Json.Nodes.JsonObject payload)
    {
        await Discord.DispatchAsync(eventName, payload);
        return payload["id"]!.GetValue<string>();
    }

    /// <summary>Messages GeneBot posted as replies to message <paramref name="messageId"/>.</summary>
    public IReadOnlyList<CreatedMessage> RepliesTo(string messageId) =>
        Discord.Messages.Snapshot().Where(m => ReferencedId(m) == messageId).ToArray();

    public Task<CreatedMessage> WaitForReplyToAsync(string messageId) =>
        Discord.Messages.WaitForAsync(m => ReferencedId(m) == messageId, Timeouts.Wait, $"a reply to {messageId}");

    /// <summary>The interaction callbacks GeneBot sent for interaction <paramref name="interactionId"/>.</summary>
    public IReadOnlyList<RecordedRequest> CallbacksFor(string interactionId) =>
        Discord.Requests.Snapshot().Where(r => IsCallbackFor(r, interactionId)).ToArray();

    public Task<RecordedRequest> WaitForCallbackAsync(string interactionId) =>
        Discord.Requests.WaitForAsync(r => IsCallbackFor(r, interactionId), Timeouts.Wait, $"a callback for {interactionId}");

    public int CountRequests(string method, string templateEnd) =>
        Discord.Requests.Snapshot().Count(r => r.Method == method && r.Template.EndsWith(templateEnd, StringComparison.Ordinal));

    public static string? ReferencedId(CreatedMessage message) =>
        message.Body.TryGetProperty("message_reference", out var reference) && reference.TryGetProperty("message_id", out var id) ? id.GetString() : null;

    private static bool IsCallbackFor(RecordedRequest request, string interactionId) =>
        request.Template.EndsWith("/callback", StringComparison.Ordinal) && request.Path.Contains($"/interactions/{interactionId}/", StringComparison.Ordinal);

    /// <summary>Stops the host (and FakeDiscord when the harness started it). Set GENEBOT_TEST_LOGS to a folder to keep each host's log there.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Environment.GetEnvironmentVariable("GENEBOT_TEST_LOGS") is { Length: > 0 } folder)
            await File.WriteAllLinesAsync(Path.Combine(folder, $"harness-{Guid.NewGuid():N}.log"), Logs.Lines);
        if (Host is not null)
        {
            try
            {
                if (started)
                    await StopAsync();
            }
            finally
            {
                Host.Dispose();
            }
        }
        if (ownsDiscord)
            await Discord.DisposeAsync();
        work.Dispose();
    }

    private async Task StopAsync()
    {
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await Host.StopAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
        }
    }
}
