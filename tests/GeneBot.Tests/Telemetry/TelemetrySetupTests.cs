using GeneBot.Telemetry;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;

namespace GeneBot.Tests.Telemetry;

/// <summary>OTLP export is registered only when an endpoint is configured; Shutdown:Timeout sets the host's ShutdownTimeout.</summary>
public sealed class TelemetrySetupTests
{
    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddLogging().AddTelemetry(configuration).BuildServiceProvider();
    }

    [Fact]
    public void An_endpoint_in_configuration_turns_on_the_otlp_meter_provider()
    {
        // Arrange
        using var services = Build(new() { [TelemetrySetup.EndpointKey] = "http://127.0.0.1:4317" });

        // Act
        var provider = services.GetService<MeterProvider>();

        // Assert
        Assert.NotNull(provider);
        Assert.Equal(new Uri("http://127.0.0.1:4317"), TelemetrySetup.OtlpEndpoint(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [TelemetrySetup.EndpointKey] = "http://127.0.0.1:4317" }).Build()));
    }

    [Fact]
    public void Without_an_endpoint_nothing_is_exported()
    {
        // Only meaningful where the standard variable is not set for the whole test run.
        if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable(TelemetrySetup.StandardEndpointVariable)))
            return;

        // Arrange
        using var services = Build([]);

        // Act
        var provider = services.GetService<MeterProvider>();

        // Assert
        Assert.Null(provider);
        Assert.NotNull(services.GetService<GeneBotMetrics>());
    }

    [Fact]
    public void Shutdown_timeout_defaults_to_10_seconds_and_is_configurable()
    {
        // Arrange
        using var defaults = Build([]);
        using var configured = Build(new() { [TelemetrySetup.ShutdownTimeoutKey] = "00:00:04" });

        // Act
        var byDefault = defaults.GetRequiredService<IOptions<HostOptions>>().Value.ShutdownTimeout;
        var set = configured.GetRequiredService<IOptions<HostOptions>>().Value.ShutdownTimeout;

        // Assert
        Assert.Equal(TimeSpan.FromSeconds(10), byDefault);
        Assert.Equal(TimeSpan.FromSeconds(4), set);
    }
}
