using Spectre.Console;

namespace GeneBot.Tests.Support;

/// <summary>A plain, wide, non-interactive Spectre console writing into a string, for console chat tests.</summary>
public static class TestConsole
{
    public static (IAnsiConsole Console, StringWriter Output) Create(int width = 300)
    {
        var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Out = new AnsiConsoleOutput(output),
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = width;
        return (console, output);
    }
}
