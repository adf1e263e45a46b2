using GeneBot.Chat;
using GeneBot.Knowledge;

namespace GeneBot.Features.Ask;

/// <summary>Answers a question from the knowledge base.</summary>
public sealed class AskFeature(KnowledgeBase knowledge)
{
    public ChatReply Handle(ChatRequest request)
    {
        var answer = knowledge.Ask(request.Text);
        return new ChatReply(answer.Text, Answer: answer);
    }
}
