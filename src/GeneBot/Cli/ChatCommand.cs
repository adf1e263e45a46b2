using System.CommandLine;
using GeneBot.Adapters.Console;
using GeneBot.Chat;
using Spectre.Console;

namespace GeneBot.Cli;

/// <summary><c>genebot chat</c>: the interactive console chat on the bundled corpus, the same pipeline and replies as the chat platforms.</summary>
public static class ChatCommand
{
    public static Command Create()
    {
        var command = new Command("chat", "Chat with GeneBot in this terminal (no Discord account needed)");
        command.SetAction(_ =>
        {
            var storage = StorageLoader.Options();
            using var db = StorageLoader.Open(storage);
            using var knowledge = StorageLoader.OpenKnowledge(db);
            var router = ChatSetup.CreateRouter(knowledge, Configuration.GeneBotConfiguration.Safety(), StorageLoader.Services(db, storage, knowledge));
            new ConsoleChat(router, AnsiConsole.Console).Run(Console.In);
            return 0;
        });
        return command;
    }
}
