using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GeneBot.Adapters.Teams;

/// <summary>
/// Kestrel on <see cref="TeamsOptions.BindAddress"/>:<see cref="TeamsOptions.Port"/> serving only
/// <c>POST /api/messages</c>, started and stopped with the GeneBot host (whose services and logging it shares).
/// </summary>
public sealed class TeamsServer(TeamsEndpoint endpoint, IOptions<TeamsOptions> options, ILoggerFactory loggerFactory) : IHostedService, IAsyncDisposable
{
    /// <summary>Activities are a few kilobytes; anything far larger is not one.</summary>
    public const long MaxRequestBytes = 256 * 1024;

    private WebApplication? app;

    /// <summary>The address Kestrel bound (with the real port when <see cref="TeamsOptions.Port"/> is 0); null before start.</summary>
    public Uri? Address { get; private set; }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.Services.AddSingleton(loggerFactory);
        // The GeneBot host owns Ctrl+C and SIGTERM; this server only follows it.
        builder.Services.AddSingleton<IHostLifetime, FollowingLifetime>();
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = MaxRequestBytes;
            kestrel.Listen(IPAddress.Parse(settings.BindAddress), settings.Port);
        });
        var web = builder.Build();
        web.Map(TeamsEndpoint.Path, branch => branch.Run(endpoint.HandleAsync));
        await web.StartAsync(cancellationToken).ConfigureAwait(false);
        app = web;
        Address = new Uri(web.Urls.First());
        Log.TeamsListening(loggerFactory.CreateLogger<TeamsServer>(), Address.ToString(), TeamsEndpoint.Path);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (app is not null)
            await app.StopAsync(cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
            await app.DisposeAsync().ConfigureAwait(false);
        app = null;
    }

    private sealed class FollowingLifetime : IHostLifetime
    {
        public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
