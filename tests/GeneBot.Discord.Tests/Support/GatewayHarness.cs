using GeneBot.Discord.Gateway;
using GeneBot.Discord.Testing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace GeneBot.Discord.Tests.Support;

/// <summary>A FakeDiscord plus a running GatewayClient; disposing stops both within bounded time.</summary>
public sealed class GatewayHarness : IAsyncDisposable
{
    private readonly CancellationTokenSource stop = new();

    private GatewayHarness(FakeDiscordServer server, GatewayClient client)
    {
        Server = server;
        Client = client;
    }

    public FakeDiscordServer Server { get; }
    public GatewayClient Client { get; }
    public Task Run { get; private set; } = Task.CompletedTask;

    public static async Task<GatewayHarness> StartAsync(
        Action<FakeDiscordServer>? script = null,
        Action<DiscordOptions>? configure = null,
        IEnumerable<IGatewayEventHandler>? handlers = null,
        TimeProvider? time = null,
        ILoggerFactory? loggers = null,
        bool run = true,
        GeneBot.Discord.Telemetry.DiscordMetrics? metrics = null)
    {
        var server = await FakeDiscordServer.StartAsync();
        server.HeartbeatIntervalMs = 400;
        script?.Invoke(server);
        var options = TestOptions.For(server);
        configure?.Invoke(options);
        var factory = loggers ?? NullLoggerFactory.Instance;
        var (rest, _) = RestHarness.Create(server, o => Copy(options, o), factory, metrics);
        var client = new GatewayClient(
            Options.Create(options), rest, new WebSocketGatewayConnectionFactory(),
            new ExponentialBackoffPolicy(options.ReconnectBaseDelay, options.ReconnectMaxDelay),
            handlers ?? [], factory.CreateLogger<GatewayClient>(), time, metrics);
        var harness = new GatewayHarness(server, client);
        if (run)
        {
            harness.Start();
        }

        return harness;
    }

    public void Start() => Run = Task.Run(() => Client.RunAsync(stop.Token));

    public async Task WaitForStateAsync(GatewayState state) =>
        await Timeouts.UntilAsync(() => Client.State == state || Run.IsCompleted, $"state {state}");

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        try
        {
            await Run.WaitAsync(TimeSpan.FromSeconds(10));
        }
        catch (Exception ex) when (ex is not TimeoutException)
        {
            // Tests that expect a failure assert on Run themselves.
        }

        await Server.DisposeAsync();
        stop.Dispose();
    }

    private static void Copy(DiscordOptions from, DiscordOptions to)
    {
        foreach (var property in typeof(DiscordOptions).GetProperties().Where(p => p.CanWrite))
        {
            property.SetValue(to, property.GetValue(from));
        }
    }
}
