using GeneBot.Discord.Telemetry;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;

namespace GeneBot.Telemetry;

/// <summary>
/// Registers GeneBot's metrics and, only when an OTLP endpoint is configured (OpenTelemetry:Endpoint, or the standard
/// OTEL_EXPORTER_OTLP_ENDPOINT), the OpenTelemetry meter provider exporting the "GeneBot" and "GeneBot.Discord" meters.
/// Also binds the graceful-shutdown bound (Shutdown:Timeout, default 10 s) to <see cref="HostOptions.ShutdownTimeout"/>.
/// </summary>
public static class TelemetrySetup
{
    public const string EndpointKey = "OpenTelemetry:Endpoint";
    public const string ProtocolKey = "OpenTelemetry:Protocol";
    public const string StandardEndpointVariable = "OTEL_EXPORTER_OTLP_ENDPOINT";
    public const string ShutdownTimeoutKey = "Shutdown:Timeout";
    public static readonly TimeSpan DefaultShutdownTimeout = TimeSpan.FromSeconds(10);

    public static IServiceCollection AddGeneBotMetrics(this IServiceCollection services)
    {
        services.AddMetrics();
        services.TryAddSingleton<GeneBotMetrics>();
        return services;
    }

    /// <summary>The configured OTLP endpoint, or null when metrics are not exported.</summary>
    public static Uri? OtlpEndpoint(IConfiguration configuration)
    {
        var value = configuration[EndpointKey];
        if (string.IsNullOrWhiteSpace(value))
            value = configuration[StandardEndpointVariable];
        if (string.IsNullOrWhiteSpace(value))
            value = Environment.GetEnvironmentVariable(StandardEndpointVariable);
        return Uri.TryCreate(value?.Trim(), UriKind.Absolute, out var uri) ? uri : null;
    }

    public static IServiceCollection AddTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddGeneBotMetrics();
        var timeout = configuration.GetValue(ShutdownTimeoutKey, DefaultShutdownTimeout);
        if (timeout < TimeSpan.Zero || timeout > TimeSpan.FromMinutes(10))
            throw new InvalidOperationException($"{ShutdownTimeoutKey} must be between 00:00:00 and 00:10:00.");
        services.Configure<HostOptions>(o => o.ShutdownTimeout = timeout);
        // Handlers in flight get most of the bound; the rest is for closing the gateway and disposing the store.
        services.PostConfigure<Discord.DiscordOptions>(o => o.ShutdownDrainTimeout = timeout * 0.8);
        services.PostConfigure<Adapters.Teams.TeamsOptions>(o => o.ShutdownDrainTimeout = timeout * 0.8);

        if (OtlpEndpoint(configuration) is not { } endpoint)
            return services;
        var protocol = string.Equals(configuration[ProtocolKey], "http/protobuf", StringComparison.OrdinalIgnoreCase)
            ? OtlpExportProtocol.HttpProtobuf
            : OtlpExportProtocol.Grpc;
        services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("genebot"))
            .WithMetrics(metrics => metrics
                .AddMeter(GeneBotMetrics.MeterName, DiscordMetrics.MeterName)
                .AddOtlpExporter(otlp =>
                {
                    otlp.Endpoint = endpoint;
                    otlp.Protocol = protocol;
                }));
        return services;
    }
}
