using GeneBot.Tests.Support;

namespace GeneBot.Tests.Cli;

public sealed class StatsCliCommandTests
{
    [Fact]
    public async Task Stats_reports_what_the_console_chat_recorded()
    {
        // Arrange
        using var work = new TempDirectory();
        var env = Support.Cli.Env(Repo.Corpus, work.Combine("index"));
        env["Storage__Path"] = work.Combine("genebot.db");
        await Support.Cli.RunAsync(work.Path, env, "what is crispr gene editing?\nwhich pizza topping is best in naples?\n/faq what-is-car-t\n/quit\n", "chat");

        // Act
        var result = await Support.Cli.RunAsync(work.Path, env, null, "stats", "--days", "3");

        // Assert
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("over the last 3 days", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("Questions answered: 1, abstained: 1", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("1× which pizza topping is best in naples", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("1× what-is-car-t", result.Stdout, StringComparison.Ordinal);
    }
}
