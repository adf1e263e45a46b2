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
    [InlineData(nameof(TeamsOptions.ModeratorConversationId), "moderators")]
    [InlineData(nameof(TeamsOptions.ModeratorConversationId), "19:abc@thread.tacv2/../../v3/conversations")]
    [InlineData(nameof(TeamsOptions.ModeratorConversationId), "19:abc def@thread.tacv2")]
    [InlineData(nameof(TeamsOptions.ModeratorConversationId), "https://teams.microsoft.com/l/channel/19:abc@thread.tacv2")]
    public void Bad_settings_are_refused(string name, string value)
    {
        // Arrange
        var options = new TeamsOptions { AppId = "app", AppPassword = "secret" };
        typeof(TeamsOptions).GetProperty(name)!.SetValue(options, value);

        // Act & Assert
        Assert.Contains(Problems(options), p => p.Contains("Teams:" + name, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("")]
    [InlineData("19:3a0f6c2bd4e14f0c9d5b7e8a1c2d3e4f@thread.tacv2")]
    [InlineData(" 19:meeting_NzY1ZDM2@thread.v2 ")]
    [InlineData("19:3a0f6c2bd4e14f0c9d5b7e8a1c2d3e4f@thread.skype;messageid=1700000000000")]
    public void A_moderator_conversation_is_optional_and_takes_a_Teams_conversation_id(string value)
    {
        // Arrange
        var options = new TeamsOptions { AppId = "app", AppPassword = "secret", ModeratorConversationId = value };

        // Act & Assert
        Assert.Empty(Problems(options));
        Assert.Equal(value.Trim().Length == 0 ? null : value.Trim(), options.ModeratorConversation);
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
