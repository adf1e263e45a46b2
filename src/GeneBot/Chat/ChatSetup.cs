using GeneBot.Features.Ask;
using GeneBot.Features.Faq;
using GeneBot.Features.Help;
using GeneBot.Knowledge;

namespace GeneBot.Chat;

/// <summary>Composes the platform-neutral chat features over one knowledge base.</summary>
public static class ChatSetup
{
    public static ChatRouter CreateRouter(KnowledgeBase knowledge)
    {
        ChatRouter? router = null;
        var commands = new List<IChatCommand>
        {
            new HelpCommand(() => router!.Commands),
            new FaqCommand(FaqCatalog.From(knowledge)),
        };
        router = new ChatRouter(commands, new AskFeature(knowledge));
        return router;
    }
}
