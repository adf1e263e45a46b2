using System.Globalization;
using GeneBot.Knowledge.Answers;

namespace GeneBot.Knowledge.Safety;

/// <summary>
/// Triage before retrieval: a crisis gets the crisis message and nothing else; urgent symptoms get the urgent message
/// first, then the library's passages on them; a personal decision gets the general answer and a clear "talk to your
/// care team"; anything else is answered from the library.
/// </summary>
public sealed class SafeAnswerer(KnowledgeBase knowledge, TriageClassifier classifier, SafetyOptions options)
{
    /// <summary>Urgent replies cite at most this many passages: the call to act matters more than reading.</summary>
    public const int UrgentCitations = 2;

    private static readonly AnswerComposer UrgentComposer = new(abstainThreshold: 0);

    public TriageClassifier Classifier => classifier;

    /// <param name="context">The conversation's earlier topic question, for follow-ups (see <see cref="KnowledgeBase.Ask"/>).</param>
    /// <param name="simpler">Prefer easier passages and explain glossary terms (see <see cref="KnowledgeBase.Ask"/>).</param>
    public Answer Answer(string? question, int? top = null, string? context = null, bool simpler = false)
    {
        var triage = classifier.Classify(question);
        switch (triage.Class)
        {
            case TriageClass.Crisis:
                var cleaned = Search.QueryBuilder.Clean(question);
                return new Answer(cleaned, AnswerStatus.Safety, 1, $"{options.CrisisMessage}\n\n{ReplyText.Disclaimer}", [], ReplyText.Disclaimer) { Triage = triage.Class };

            case TriageClass.Urgent:
                // The library's passages on the signs themselves ("confused", "fever" → ICANS and CRS warning signs),
                // not on the whole worried message; cited even at low confidence, after the call to act.
                var signs = string.Join(' ', triage.Signs ?? []) + " warning signs";
                var urgent = UrgentComposer.Compose(knowledge.Search(signs, 30), top ?? UrgentCitations) with { Question = Search.QueryBuilder.Clean(question) };
                var body = urgent.Status == AnswerStatus.Answered ? urgent.Text : ReplyText.Disclaimer;
                return urgent with { Status = AnswerStatus.Safety, Text = $"{options.UrgentMessage}\n\n{body}", Triage = triage.Class };

            case TriageClass.Advice:
                var advice = knowledge.Ask(question, top, context, simpler);
                var note = string.Format(CultureInfo.InvariantCulture, options.AdviceMessage, QuestionsArticleTitle());
                return advice with { Text = InsertBeforeDisclaimer(advice.Text, note), Triage = triage.Class };

            default:
                return knowledge.Ask(question, top, context, simpler);
        }
    }

    private string QuestionsArticleTitle() =>
        knowledge.Corpus.Articles.FirstOrDefault(a => a.Id == options.QuestionsArticleId)?.Title ?? "Questions to ask your care team";

    private static string InsertBeforeDisclaimer(string text, string note)
    {
        var at = text.LastIndexOf(ReplyText.Disclaimer, StringComparison.Ordinal);
        return at < 0 ? $"{text}\n\n{note}" : $"{text[..at]}{note}\n\n{text[at..]}";
    }
}
