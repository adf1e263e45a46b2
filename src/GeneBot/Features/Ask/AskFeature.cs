using GeneBot.Chat;
using GeneBot.Knowledge.Safety;

namespace GeneBot.Features.Ask;

/// <summary>Answers a question: safety triage first, then the library.</summary>
public sealed class AskFeature(SafeAnswerer answerer)
{
    public ChatReply Handle(ChatRequest request)
    {
        var answer = answerer.Answer(request.Text);
        return new ChatReply(answer.Text, Answer: answer);
    }
}
