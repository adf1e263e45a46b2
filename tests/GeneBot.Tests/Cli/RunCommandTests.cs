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
        Assert.Contains("-- chat", result.Stderr);
    }

    public void Dispose() => work.Dispose();
}
