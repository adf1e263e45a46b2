using GeneBot.Adapters.Console;
using GeneBot.Chat;
using GeneBot.Tests.Support;
using Spectre.Console;

namespace GeneBot.Tests.Adapters.Console;

/// <summary>The console chat renders the moderation features too; whoever runs it is an admin locally.</summary>
public sealed class ConsoleModerationTests(BundledKnowledge bundled) : IClassFixture<BundledKnowledge>, IDisposable
{
    private readonly TestStore store = new();


    [Fact]
    public void Faq_show_list_edit_history_and_stats_work_in_the_console()
    {
        // Arrange
        var (console, output) = TestConsole.Create();
        var sut = new ConsoleChat(ChatSetup.CreateRouter(bundled.Knowledge, services: store.Services()), console);
        var input = new StringReader(string.Join('\n',
            "/faq list",
            "/faq show what-is-car-t",
            "/faq edit what-is-car-t | What is CAR-T, briefly?",
            "/faq history what-is-car-t",
            "which pizza topping is best in naples?",
            "/stats",
            "/quit"));

        // Act
        sut.Run(input);

        // Assert
        var text = output.ToString();
        Assert.Contains("page 1 of 3", text, StringComparison.Ordinal);
        Assert.Contains("What is CAR-T?", text, StringComparison.Ordinal);
        Assert.Contains("Updated the FAQ entry 'what-is-car-t'", text, StringComparison.Ordinal);
        Assert.Contains("edit by member #", text, StringComparison.Ordinal);
        Assert.Contains("What is CAR-T, briefly?", text, StringComparison.Ordinal);
        Assert.Contains("Questions answered: 0, abstained: 1", text, StringComparison.Ordinal);
        Assert.Contains("1× which pizza topping is best in naples", text, StringComparison.Ordinal);
    }

    public void Dispose() => store.Dispose();
}
