using GeneBot.Chat;
using GeneBot.Chat.Conversations;
using GeneBot.Features.Feedback;
using GeneBot.Knowledge.Answers;
using GeneBot.Knowledge.Safety;
using GeneBot.Storage;
using GeneBot.Telemetry;
using System.Diagnostics;

namespace GeneBot.Features.Ask;

/// <summary>
/// Answers a question: the rate limits first (over them, a short notice), then safety triage, then the library. With a
/// recorder, the reply carries the id feedback buttons refer to; abstained questions are kept for the gaps report.
/// </summary>
public sealed class AskFeature(SafeAnswerer answerer, AnswerRecorder? recorder = null, QuestionRateLimits? limits = null, ConversationMemory? conversations = null, RecentAnswers? recent = null,
    GeneBotMetrics? metrics = null)
{
    public const string SimplerLead = "Here it is in simpler words, from the easiest passages, with the glossary's short definitions in brackets:";
    public const string MoreLead = "More sources on the same question:";

    public static readonly ChatReply NoMoreSources = ChatReply.Plain("There are no more sources on this question in GeneBot's library.", ephemeral: true);

    public static readonly ChatReply AnswerForgotten = ChatReply.Plain("I no longer remember that answer; please ask the question again.", ephemeral: true);

    public static readonly ChatReply NoRecentAnswer = ChatReply.Plain("There is no recent answer here yet; ask a question first.", ephemeral: true);

    /// <summary>The answers "Explain simpler" and "More sources" act on, when kept.</summary>
    public RecentAnswers? Recent => recent;

    public ChatReply Handle(ChatRequest request)
    {
        if (limits?.Check(request) is { } notice)
        {
            metrics?.QuestionRateLimited();
            return notice;
        }
        var context = conversations?.TopicFor(request);
        var started = Stopwatch.GetTimestamp();
        var answer = answerer.Answer(request.Text, context: context);
        metrics?.QuestionAnswered(answer, Stopwatch.GetElapsedTime(started));
        Remember(request, answer);
        var reply = new ChatReply(answer.Text, Answer: answer);
        if (recorder is not null && answer.Status != AnswerStatus.Safety)
        {
            var outcome = answer.Status == AnswerStatus.Answered ? AnswerOutcome.Answered : AnswerOutcome.Abstained;
            reply = reply with { AnswerId = recorder.Record(request, outcome) };
        }
        if (recent is not null && answer.Status == AnswerStatus.Answered)
            recent.Remember(reply.AnswerId ?? Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(8)), request, request.Text, context, answer.Citations.Count);
        return reply;
    }

    /// <summary>"Explain simpler" on answer <paramref name="answerId"/>: the same question (and conversation topic) answered again from easier passages, with glossary terms explained.</summary>
    public ChatReply Simpler(string answerId) => recent?.Find(answerId) is { } entry ? Simpler(entry) : AnswerForgotten;

    /// <summary>"More sources" on answer <paramref name="answerId"/>: the citations after the ones it showed.</summary>
    public ChatReply More(string answerId) => recent?.Find(answerId) is { } entry ? More(entry) : AnswerForgotten;

    /// <summary><c>/simpler</c>: "Explain simpler" on the latest answer of this member in this place.</summary>
    public ChatReply SimplerLatest(ChatRequest request) => recent?.Latest(request) is { } entry ? Simpler(entry) : NoRecentAnswer;

    /// <summary><c>/more</c>: the next citations of the latest answer here; each <c>/more</c> pages on.</summary>
    public ChatReply MoreLatest(ChatRequest request)
    {
        if (recent?.Latest(request) is not { } entry)
            return NoRecentAnswer;
        var reply = More(entry);
        if (reply.Answer is { Citations.Count: > 0 } more)
            recent!.Showed(entry.Id, more.Citations.Max(c => c.N));
        return reply;
    }

    private ChatReply Simpler(RecentAnswers.Entry entry)
    {
        var answer = answerer.Answer(entry.Question, context: entry.Context, simpler: true);
        if (answer.Status != AnswerStatus.Answered)
            return new ChatReply(answer.Text, Answer: answer, Ephemeral: true);
        var text = $"{SimplerLead}\n\n{answer.Text}";
        return new ChatReply(text, Answer: answer with { Text = text }, Ephemeral: true);
    }

    private ChatReply More(RecentAnswers.Entry entry)
    {
        var page = Math.Max(1, entry.Page);
        var answer = answerer.Answer(entry.Question, top: entry.Shown + page, context: entry.Context);
        var next = answer.Citations.Where(c => c.N > entry.Shown).Take(page).ToArray();
        if (answer.Status != AnswerStatus.Answered || next.Length == 0)
            return NoMoreSources;
        var text = $"{MoreLead}\n\n{AnswerRenderer.Render(next)}";
        return new ChatReply(text, Answer: answer with { Citations = next, Text = text }, Ephemeral: true);
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
