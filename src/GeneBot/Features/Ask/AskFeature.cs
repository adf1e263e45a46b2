using GeneBot.Chat;
using GeneBot.Chat.Conversations;
using GeneBot.Features.Feedback;
using GeneBot.Knowledge.Answers;
using GeneBot.Knowledge.Safety;
using GeneBot.Storage;

namespace GeneBot.Features.Ask;

/// <summary>
/// Answers a question: the rate limits first (over them, a short notice), then safety triage, then the library. With a
/// recorder, the reply carries the id feedback buttons refer to; abstained questions are kept for the gaps report.
/// </summary>
public sealed class AskFeature(SafeAnswerer answerer, AnswerRecorder? recorder = null, QuestionRateLimits? limits = null, ConversationMemory? conversations = null)
{
    public ChatReply Handle(ChatRequest request)
    {
        if (limits?.Check(request) is { } notice)
            return notice;
        var answer = answerer.Answer(request.Text, context: conversations?.TopicFor(request));
        Remember(request, answer);
        var reply = new ChatReply(answer.Text, Answer: answer);
        if (recorder is null || answer.Status == AnswerStatus.Safety)
            return reply;
        var outcome = answer.Status == AnswerStatus.Answered ? AnswerOutcome.Answered : AnswerOutcome.Abstained;
        return reply with { AnswerId = recorder.Record(request, outcome) };
    }

    /// <summary>A follow-up keeps the conversation's topic (for another few minutes); a new question becomes the topic. A crisis is not remembered.</summary>
    private void Remember(ChatRequest request, Answer answer)
    {
        if (conversations is null || answer.Triage == TriageClass.Crisis)
            return;
        var followedUp = answer.Context is { } resolved && resolved != answer.Question;
        var topic = followedUp ? conversations.TopicFor(request) : request.Text;
        if (topic is not null)
            conversations.Remember(request, topic);
    }
}
