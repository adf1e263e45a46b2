namespace GeneBot.Chat;

/// <summary>A text command (<c>/help</c>, <c>/faq KEY</c>): its names are data, checked unique by a test.</summary>
public interface IChatCommand
{
    IReadOnlyList<string> Names { get; }
    string Usage { get; }
    string Description { get; }
    ChatReply Handle(ChatRequest request, string arguments);
}
