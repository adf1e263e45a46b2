using GeneBot.Chat;

namespace GeneBot.Features.Ask;

/// <summary><c>/more</c>: the next sources of the latest answer here (the "More sources" button elsewhere); each <c>/more</c> pages on.</summary>
public sealed class MoreCommand(AskFeature ask) : IChatCommand
{
    public IReadOnlyList<string> Names => ["more"];
    public string Usage => "/more";
    public string Description => "Show more sources for the latest answer";

    public ChatReply Handle(ChatRequest request, string arguments) => ask.MoreLatest(request);
}
