using GeneBot.Adapters.Discord;
using GeneBot.Adapters.Discord.Moderation;
using GeneBot.Adapters.Teams;
using GeneBot.Chat;
using GeneBot.Features.Admin;
using GeneBot.Health;
using GeneBot.Privacy;
using GeneBot.Storage;
using GeneBot.Telemetry;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GeneBot.Hosting;

/// <summary>The hosted worker: configuration (appsettings.json next to the app, then in the working folder, then
/// environment variables such as Discord__Token), the knowledge base, the chat layer and the adapters: Discord when
/// Discord:Token is set, Teams when Teams:AppId is set, both when both are (Discord alone when neither, so that its
/// validation names the missing token).</summary>
public static class GeneBotHost
{
    /// <summary>The builder; <paramref name="settings"/> (tests) override every other configuration source.</summary>
    public static HostApplicationBuilder CreateBuilder(string[]? args = null, IEnumerable<KeyValuePair<string, string?>>? settings = null)
    {
        var configuration = new ConfigurationManager();
        configuration.AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true, reloadOnChange: false);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = args ?? [],
            Configuration = configuration,
            ContentRootPath = Directory.GetCurrentDirectory(),
        });
        if (settings is not null)
            builder.Configuration.AddInMemoryCollection(settings);
        var teams = TeamsAdapterSetup.IsConfigured(builder.Configuration);
        var discord = !teams || IsDiscordConfigured(builder.Configuration);

        builder.Services.AddStorage();
        builder.Services.AddKnowledgeBase();
        builder.Services.AddModeration();
        builder.Services.AddChat();
        builder.Services.AddPrivacy();
        builder.Services.TryAddSingleton<WorkerExit>();
        if (discord)
        {
            builder.Services.AddDiscordAdapter(builder.Configuration);
            builder.Services.AddDiscordModeration();
        }
        if (teams)
            builder.Services.AddTeamsAdapter();
        builder.Services.AddHealth();
        builder.Services.AddTelemetry(builder.Configuration);
        // HttpClient's own logging writes request URLs, and interaction callback URLs carry interaction tokens.
        builder.Services.ConfigureHttpClientDefaults(http => http.RemoveAllLoggers());
        // Polly reports every HTTP attempt of the Teams clients at Information; retries and failures are Warnings.
        builder.Logging.AddFilter("Polly", LogLevel.Warning);
        // A failed start is reported once, by the caller (genebot's RunCommand), not again with a stack trace.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.Critical);
        return builder;
    }

    /// <summary>Whether Discord:Token is set (from the environment, Discord__Token).</summary>
    public static bool IsDiscordConfigured(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration["Discord:Token"]);
}
