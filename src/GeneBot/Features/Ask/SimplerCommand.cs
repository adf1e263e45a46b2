using GeneBot.Chat;

namespace GeneBot.Features.Ask;

/// <summary><c>/simpler</c>: the latest answer here again, from easier passages, with glossary terms explained (the "Explain simpler" button elsewhere).</summary>
public sealed class SimplerCommand(AskFeature ask) : IChatCommand
{
    public IReadOnlyList<string> Names => ["simpler"];
    public string Usage => "/simpler";
    public string Description => "Explain the latest answer more simply";

    public ChatReply Handle(ChatRequest request, string arguments) => ask.SimplerLatest(request);
}
