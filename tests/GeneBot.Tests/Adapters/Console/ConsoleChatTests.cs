using GeneBot.Adapters.Console;
using GeneBot.Chat;
using GeneBot.Tests.Support;
using Spectre.Console;

namespace GeneBot.Tests.Adapters.Console;

public sealed class ConsoleChatTests(BundledKnowledge bundled) : IClassFixture<BundledKnowledge>
{

    [Fact]
    public void A_session_answers_questions_runs_commands_and_ends_on_quit()
    {
        // Arrange
        var (console, output) = TestConsole.Create();
        var sut = new ConsoleChat(ChatSetup.CreateRouter(bundled.Knowledge), console);
        var input = new StringReader("what is crispr\n/faq what-is-car-t\n/quit\nwhat is never read\n");

        // Act
        sut.Run(input);

        // Assert
        var text = output.ToString();
        Assert.Contains("[1]", text);
        Assert.Contains("What is CAR-T?", text);
        Assert.Contains("Goodbye", text);
        Assert.DoesNotContain("never read", text);
    }

    [Fact]
    public void Markup_in_corpus_or_user_text_is_shown_literally_and_bold_marks_become_styling()
    {
        // Act
        var markup = ConsoleMarkup.From(@"**CAR T** cells [red]not markup[/] \*star\*");

        // Assert
        Assert.Equal("[bold yellow]CAR T[/] cells [[red]]not markup[[/]] *star*", markup);
    }
}
