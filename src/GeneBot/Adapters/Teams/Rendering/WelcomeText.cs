using GeneBot.Adapters.Teams.Models;
using GeneBot.Features.Help;

namespace GeneBot.Adapters.Teams.Rendering;

/// <summary>What GeneBot posts once when it is added to a Teams conversation: what it is (the help's own words) and how to ask there.</summary>
public static class WelcomeText
{
    public const string Greeting = "👋 Hello! I'm GeneBot.";

    public const string HowToAskInPersonalChat = "To ask, just type your question here, for example \"what is CAR-T?\". Type help to see the commands.";

    public const string HowToAskInSharedPlace =
        "To ask, mention @GeneBot with your question, for example \"@GeneBot what is CAR-T?\". " +
        "Please keep personal health details out of channels and group chats: ask those in a 1:1 chat with GeneBot.";

    public static string For(ConversationAccount conversation) =>
        $"{Greeting}\n\n{HelpCommand.About}\n\n{(conversation.IsPersonal ? HowToAskInPersonalChat : HowToAskInSharedPlace)}";
}
