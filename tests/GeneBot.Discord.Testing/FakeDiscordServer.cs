using System.Diagnostics;
using GeneBot.Discord.Testing.Contract;
using GeneBot.Discord.Testing.Gateway;
using GeneBot.Discord.Testing.Rest;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace GeneBot.Discord.Testing;

/// <summary>A scriptable Discord on 127.0.0.1: gateway (ws) and the REST routes GeneBot uses, recording everything.
/// Gateway scripting is in FakeDiscordServer.Gateway*.cs, REST in FakeDiscordServer.Rest*.cs.</summary>
public sealed partial class FakeDiscordServer : IAsyncDisposable
{
    public const string DefaultToken = "FAKE.t0ken-for_tests.not-real";
    public const ulong BotUserId = 900000000000000001;
    public const ulong ApplicationId = 900000000000000002;

    private readonly Stopwatch clock = Stopwatch.StartNew();
    private WebApplication? app;

    private FakeDiscordServer(string token) => Token = token;

    public string Token { get; }
    public Uri BaseUri { get; private set; } = null!;
    public Uri ApiBaseUrl => new(BaseUri, "api/v10");
    public Uri GatewayUrl => new($"ws://{BaseUri.Authority}/gateway");
    public Uri ResumeGatewayUrl => new($"ws://{BaseUri.Authority}/gateway-resume");

    public OpenApiValidator Validator { get; } = OpenApiValidator.Shared;

    /// <summary>Time since the server started: the timestamps of frames and requests.</summary>
    public TimeSpan Now => clock.Elapsed;

    public static async Task<FakeDiscordServer> StartAsync(string token = DefaultToken)
    {
        var server = new FakeDiscordServer(token);
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.Zero });
        server.MapGateway(app);
        server.MapRest(app);
        await app.StartAsync().ConfigureAwait(false);
        server.app = app;
        server.BaseUri = new Uri(app.Urls.First().TrimEnd('/') + "/");
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        if (app is null)
        {
            return;
        }

        foreach (var connection in Connections.Snapshot())
        {
            connection.Abort();
        }

        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await app.StopAsync(cts.Token).ConfigureAwait(false);
        await app.DisposeAsync().ConfigureAwait(false);
        app = null;
    }
}
