using GeneBot.Chat;
using Spectre.Console;

namespace GeneBot.Adapters.Console;

/// <summary>The local console chat: reads lines, routes them like any chat platform, renders the replies. <c>/quit</c> ends it.</summary>
public sealed class ConsoleChat(ChatRouter router, IAnsiConsole console)
{
    public void Run(TextReader input)
    {
        console.MarkupLine("[bold]GeneBot[/] — ask about gene therapy and cancer in plain words. [grey]/help for commands, /quit to leave.[/]");
        while (true)
        {
            console.Markup("[green]you>[/] ");
            var line = input.ReadLine();
            if (line is null || line.Trim() is "/quit" or "/exit")
                break;
            if (string.IsNullOrWhiteSpace(line))
                continue;

            ChatReply reply;
            try
            {
                // Whoever runs the console chat runs GeneBot itself: an admin, locally.
                reply = router.Handle(new ChatRequest(line, "console", "console", IsPrivate: true, Role: ChatRole.Admin));
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                console.MarkupLine("[red]Something went wrong answering that; please try again.[/]");
                continue;
            }
            console.WriteLine();
            console.MarkupLine(ConsoleMarkup.From(reply.Text));
            console.WriteLine();
        }
        console.MarkupLine("[grey]Goodbye.[/]");
    }
}
