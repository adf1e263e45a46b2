using GeneBot.Adapters.Discord;
using GeneBot.Adapters.Discord.Moderation;
using GeneBot.Chat;
using GeneBot.Features.Admin;
using GeneBot.Health;
using GeneBot.Privacy;
using GeneBot.Storage;
using GeneBot.Telemetry;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GeneBot.Hosting;

/// <summary>The hosted Discord worker: configuration (appsettings.json next to the app, then in the working folder, then
/// environment variables such as Discord__Token), the knowledge base, the chat layer and the Discord adapter.</summary>
public static class GeneBotHost
{
    public static HostApplicationBuilder CreateBuilder(string[]? args = null)
    {
        var configuration = new ConfigurationManager();
        configuration.AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true, reloadOnChange: false);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = args ?? [],
            Configuration = configuration,
            ContentRootPath = Directory.GetCurrentDirectory(),
        });

        builder.Services.AddStorage();
        builder.Services.AddKnowledgeBase();
        builder.Services.AddModeration();
        builder.Services.AddChat();
        builder.Services.AddPrivacy();
        builder.Services.AddDiscordAdapter(builder.Configuration);
        builder.Services.AddDiscordModeration();
        builder.Services.AddHealth();
        builder.Services.AddTelemetry(builder.Configuration);
        // HttpClient's own logging writes request URLs, and interaction callback URLs carry interaction tokens.
        builder.Services.ConfigureHttpClientDefaults(http => http.RemoveAllLoggers());
        // A failed start is reported once, by the caller (genebot's RunCommand), not again with a stack trace.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.Critical);
        return builder;
    }
}
