using GeneBot.Knowledge;
using GeneBot.Knowledge.Safety;
using Microsoft.Extensions.Configuration;

namespace GeneBot.Configuration;

/// <summary>Configuration for one-shot commands: appsettings.json (next to the app, then the working directory) and environment variables, as the hosted worker reads them.</summary>
public static class GeneBotConfiguration
{
    public static IConfiguration Load() => new ConfigurationBuilder()
        .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
        .AddJsonFile(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json"), optional: true)
        .AddEnvironmentVariables()
        .Build();

    /// <summary>Safety messages bound from configuration (the "Safety" section).</summary>
    public static SafetyOptions Safety()
    {
        var options = new SafetyOptions();
        Load().GetSection(SafetyOptions.SectionName).Bind(options);
        return options;
    }

    /// <summary>Knowledge options bound from configuration, with command-line overrides, validated.</summary>
    public static KnowledgeOptions Knowledge(string? corpus = null, string? index = null)
    {
        var options = new KnowledgeOptions();
        Load().GetSection(KnowledgeOptions.SectionName).Bind(options);
        if (corpus is not null)
            options.CorpusPath = corpus;
        if (index is not null)
            options.IndexPath = index;
        var results = new List<System.ComponentModel.DataAnnotations.ValidationResult>();
        if (!System.ComponentModel.DataAnnotations.Validator.TryValidateObject(options, new(options), results, validateAllProperties: true))
            throw new InvalidOperationException("Invalid Knowledge settings: " + string.Join("; ", results.Select(r => r.ErrorMessage)));
        return options;
    }
}
