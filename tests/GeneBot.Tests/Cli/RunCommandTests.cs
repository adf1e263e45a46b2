using GeneBot.Tests.Support;

namespace GeneBot.Tests.Cli;

public sealed class RunCommandTests : IDisposable
{
    private readonly TempDirectory work = new();

    [Fact]
    public async Task Running_the_worker_without_a_token_exits_at_once_naming_the_variable_and_the_console_chat()
    {
        // Act
        var result = await Support.Cli.RunAsync(work.Path, null, null);

        // Assert
        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("Discord__Token", result.Stderr);
        Assert.Contains("Teams__AppId", result.Stderr);
        Assert.Contains("-- chat", result.Stderr);
    }

    [Fact]
    public async Task Running_with_a_Teams_app_id_but_no_password_exits_naming_the_password_variable()
    {
        // Arrange
        var environment = Support.Cli.Env(Repo.Corpus, work.Combine("index"));
        environment["Teams__AppId"] = "00000000-0000-0000-0000-0000000000a1";
        environment["Storage__Path"] = work.Combine("genebot.db");
        environment["Health__Path"] = work.Combine("health.json");

        // Act
        var result = await Support.Cli.RunAsync(work.Path, environment, null);

        // Assert
        Assert.Equal(GeneBot.Hosting.ExitCodes.Configuration, result.ExitCode);
        Assert.Contains("Teams__AppPassword", result.Stderr);
    }

    public void Dispose() => work.Dispose();
}
