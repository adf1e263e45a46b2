using System.Net;
using GeneBot.Adapters.Teams.Auth;
using GeneBot.Adapters.Teams.Connector;
using GeneBot.Adapters.Teams.Moderation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace GeneBot.Adapters.Teams;

/// <summary>Registers GeneBot on Microsoft Teams when <c>Teams:AppId</c> is set: validated settings, the token checks, the connector client with retries, the endpoint, its server, the moderators' conversation, the activity handlers (questions, button presses, the welcome) and the worker.</summary>
public static class TeamsAdapterSetup
{
    public const string MetadataClient = "Teams.Metadata";
    public const string TokenClient = "Teams.Token";
    public const string ConnectorClient = "Teams.Connector";

    /// <summary>Whether the configuration turns Teams on (a non-empty <c>Teams:AppId</c>).</summary>
    public static bool IsConfigured(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration[$"{TeamsOptions.SectionName}:{nameof(TeamsOptions.AppId)}"]);

    public static IServiceCollection AddTeamsAdapter(this IServiceCollection services)
    {
        services.AddOptions<TeamsOptions>()
            .BindConfiguration(TeamsOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);

        services.AddHttpClient(MetadataClient);
        services.AddHttpClient(TokenClient).AddResilienceHandler(TokenClient, Retries);
        services.AddHttpClient(ConnectorClient).AddResilienceHandler(ConnectorClient, Retries);

        services.AddSingleton<ConnectorTokenValidator>();
        services.AddSingleton<BotTokenProvider>();
        services.AddSingleton<ConnectorClient>();
        services.AddSingleton<TeamsInbox>();
        services.AddSingleton<TeamsEndpoint>();
        services.AddSingleton<TeamsModerators>();
        services.AddSingleton<PrivateChatDelivery>();
        services.AddSingleton<TeamsMessageHandler>();
        services.AddSingleton<ITeamsActivityHandler>(sp => sp.GetRequiredService<TeamsMessageHandler>());
        services.AddSingleton<ITeamsActivityHandler, TeamsSubmitHandler>();
        services.AddSingleton<ITeamsActivityHandler, TeamsWelcomeHandler>();
        services.AddSingleton<TeamsServer>();
        services.AddHostedService(sp => sp.GetRequiredService<TeamsServer>());
        services.AddHostedService<TeamsWorker>();
        return services;
    }

    /// <summary>429 (after its Retry-After) and 5xx are retried up to <see cref="TeamsOptions.MaxRetries"/> times, with exponential backoff otherwise.</summary>
    private static void Retries(ResiliencePipelineBuilder<HttpResponseMessage> pipeline, ResilienceHandlerContext context)
    {
        var options = context.ServiceProvider.GetRequiredService<IOptions<TeamsOptions>>().Value;
        if (options.MaxRetries == 0)
            return;
        pipeline.AddRetry(new HttpRetryStrategyOptions
        {
            MaxRetryAttempts = options.MaxRetries,
            Delay = options.RetryBaseDelay,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = false,
            ShouldRetryAfterHeader = true,
            MaxDelay = TimeSpan.FromMinutes(1),
            ShouldHandle = args => ValueTask.FromResult(args.Outcome switch
            {
                { Exception: HttpRequestException } => true,
                { Result: { } response } => response.StatusCode == HttpStatusCode.TooManyRequests || (int)response.StatusCode >= 500,
                _ => false,
            }),
        });
    }
}
