using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using GeneBot.Adapters.Teams;
using GeneBot.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GeneBot.Tests.Support.Teams;

/// <summary>
/// The hosted worker built as in production (<see cref="GeneBotHost.CreateBuilder"/>) with Teams alone configured:
/// Kestrel on 127.0.0.1 with a free port, a <see cref="FakeTokenIssuer"/> and a <see cref="FakeConnector"/> on loopback,
/// its own index of the bundled corpus and every log line captured. One answer at a time, so answers come in order.
/// </summary>
public sealed class TeamsHarness : IAsyncDisposable
{
    public const string AppId = "00000000-0000-0000-0000-0000000000a1";
    public const string AppPassword = "test-secret-not-real";
    public const string AdminId = "aaaaaaaa-0000-0000-0000-000000000001";
    public const string ModeratorId = "bbbbbbbb-0000-0000-0000-000000000002";
    public const string BotId = "28:genebot-bot-id";

    private readonly TempDirectory work = new();
    private readonly HttpClient http = new() { Timeout = Timeouts.Wait };
    private int next;

    private TeamsHarness(FakeTokenIssuer issuer, FakeConnector connector)
    {
        Issuer = issuer;
        Connector = connector;
    }

    public FakeTokenIssuer Issuer { get; }
    public FakeConnector Connector { get; }
    public IHost Host { get; private set; } = null!;
    public CapturingLoggerProvider Logs { get; } = new();
    public Uri Endpoint => new(Host.Services.GetRequiredService<TeamsServer>().Address!, TeamsEndpoint.Path);

    public static async Task<TeamsHarness> StartAsync(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var harness = new TeamsHarness(await FakeTokenIssuer.StartAsync(), await FakeConnector.StartAsync());
        try
        {
            var values = harness.DefaultSettings();
            foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
                values[key] = value;
            var builder = GeneBotHost.CreateBuilder(settings: values);
            builder.Logging.ClearProviders();
            builder.Logging.AddProvider(harness.Logs);
            harness.Host = builder.Build();
            using var timeout = new CancellationTokenSource(Timeouts.Wait);
            await harness.Host.StartAsync(timeout.Token);
            return harness;
        }
        catch
        {
            await harness.DisposeAsync();
            throw;
        }
    }

    private Dictionary<string, string?> DefaultSettings() => new()
    {
        ["Logging:LogLevel:Default"] = "Trace",
        ["Teams:AppId"] = AppId,
        ["Teams:AppPassword"] = AppPassword,
        ["Teams:BindAddress"] = "127.0.0.1",
        ["Teams:Port"] = "0",
        ["Teams:OpenIdMetadataUrl"] = Issuer.MetadataUrl,
        ["Teams:TokenEndpoint"] = Connector.TokenEndpoint,
        ["Teams:AdminIds"] = AdminId,
        ["Teams:ModeratorIds"] = ModeratorId,
        ["Teams:MaxConcurrentAnswers"] = "1",
        ["Teams:MaxRetries"] = "2",
        ["Teams:RetryBaseDelay"] = "00:00:00.010",
        ["Knowledge:CorpusPath"] = Repo.Corpus,
        ["Knowledge:IndexPath"] = work.Combine("index"),
        ["Knowledge:ArticleBaseUrl"] = Support.GeneBotHarness.ArticleBaseUrl,
        ["Storage:Path"] = work.Combine("genebot.db"),
        ["Health:Path"] = work.Combine("health.json"),
    };

    /// <summary>A fresh activity id, so tests sharing a harness never see each other's replies.</summary>
    public string NextId(string prefix = "act") => $"{prefix}-{Interlocked.Increment(ref next)}";

    /// <summary>A valid connector token for the fake connector's serviceUrl.</summary>
    public string ValidToken() => Issuer.Issue(AppId, Connector.ServiceUrl);

    /// <summary>Posts <paramref name="activity"/> to /api/messages with <paramref name="token"/> (a valid one by default; null sends no Authorization header).</summary>
    public async Task<int> PostAsync(JsonObject activity, string? token = "")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Endpoint)
        {
            Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        if (token is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.Length == 0 ? ValidToken() : token);
        using var response = await http.SendAsync(request);
        return (int)response.StatusCode;
    }

    public Task<int> PostRawAsync(JsonObject activity, string authorization) => PostRawAsync(activity.ToJsonString(), authorization);

    /// <summary>Posts <paramref name="body"/> as it is, with <paramref name="authorization"/> as the whole header value.</summary>
    public async Task<int> PostRawAsync(string body, string authorization)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Endpoint) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.TryAddWithoutValidation("Authorization", authorization);
        using var response = await http.SendAsync(request);
        return (int)response.StatusCode;
    }

    /// <summary>Posts a valid 1:1 question and waits for its answer: proof that everything posted before it was handled.</summary>
    public async Task<ConnectorRequest> ControlAsync()
    {
        var id = NextId("control");
        Assert.Equal(202, await PostAsync(SomeActivity.Personal(this, id, "what is CAR-T cell therapy?")));
        return await Connector.WaitForReplyAsync(id);
    }

    public async ValueTask DisposeAsync()
    {
        if (Host is not null)
        {
            try
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
                await Host.StopAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
            }
            Host.Dispose();
        }
        http.Dispose();
        await Connector.DisposeAsync();
        await Issuer.DisposeAsync();
        work.Dispose();
    }
}
