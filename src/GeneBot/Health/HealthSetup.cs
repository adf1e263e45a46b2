using Microsoft.Extensions.DependencyInjection;

namespace GeneBot.Health;

/// <summary>Registers the worker's health publisher (the file <c>genebot health</c> and a container HEALTHCHECK read).</summary>
public static class HealthSetup
{
    public static IServiceCollection AddHealth(this IServiceCollection services)
    {
        services.AddOptions<HealthOptions>().BindConfiguration(HealthOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddHostedService<HealthPublisher>();
        return services;
    }
}
