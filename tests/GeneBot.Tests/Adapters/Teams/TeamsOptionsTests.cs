using System.ComponentModel.DataAnnotations;
using GeneBot.Adapters.Teams;
using GeneBot.Hosting;
using GeneBot.Tests.Support;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace GeneBot.Tests.Adapters.Teams;

public sealed class TeamsOptionsTests
{
    private static List<string> Problems(TeamsOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return [.. results.Select(r => r.ErrorMessage!)];
    }

    [Fact]
    public void Teams_is_off_and_valid_without_an_app_id()
    {
        // Act & Assert
        Assert.False(new TeamsOptions().Enabled);
        Assert.Empty(Problems(new TeamsOptions()));
    }

    [Fact]
    public void An_app_id_without_a_password_names_the_variable_to_set()
    {
        // Act
        var problems = Problems(new TeamsOptions { AppId = "app" });

        // Assert
        Assert.Contains(problems, p => p.Contains("Teams__AppPassword", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(nameof(TeamsOptions.AdminIds), "not-a-guid")]
    [InlineData(nameof(TeamsOptions.BindAddress), "localhost:80")]
    [InlineData(nameof(TeamsOptions.TokenEndpoint), "http://login.example.org/token")]
    [InlineData(nameof(TeamsOptions.OpenIdMetadataUrl), "not a url")]
    public void Bad_settings_are_refused(string name, string value)
    {
        // Arrange
        var options = new TeamsOptions { AppId = "app", AppPassword = "secret" };
        typeof(TeamsOptions).GetProperty(name)!.SetValue(options, value);

        // Act & Assert
        Assert.Contains(Problems(options), p => p.Contains("Teams:" + name, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_host_does_not_start_with_an_app_id_but_no_password()
    {
        // Arrange
        using var work = new TempDirectory();
        var builder = GeneBotHost.CreateBuilder(settings: new Dictionary<string, string?>
        {
            ["Teams:AppId"] = "app",
            ["Knowledge:CorpusPath"] = Repo.Corpus,
            ["Knowledge:IndexPath"] = work.Combine("index"),
            ["Storage:Path"] = work.Combine("genebot.db"),
            ["Health:Path"] = work.Combine("health.json"),
        });
        using var host = builder.Build();

        // Act
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        // Assert
        Assert.Contains(error.Failures, f => f.Contains("Teams__AppPassword", StringComparison.Ordinal));
    }
}
