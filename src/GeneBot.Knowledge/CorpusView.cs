using GeneBot.Knowledge.Answers;
using GeneBot.Knowledge.Conversation;
using GeneBot.Knowledge.Corpus;
using GeneBot.Knowledge.Search;

namespace GeneBot.Knowledge;

/// <summary>Everything derived from one corpus snapshot, swapped in as one piece after a rebuild so no question sees half of each.</summary>
internal sealed record CorpusView(
    CorpusSnapshot Corpus,
    IReadOnlyList<ApprovedProduct> Approvals,
    QueryBuilder QueryBuilder,
    AnswerComposer Composer,
    SourceDetails Sources,
    FollowUpDetector FollowUps,
    Glossary Glossary,
    IReadOnlySet<string> DomainTerms)
{
    public static CorpusView For(CorpusSnapshot corpus, KnowledgeOptions options, RankingSettings ranking, TimeProvider time)
    {
        var approvals = ApprovalsTable.Load(corpus.Root);
        return new CorpusView(
            corpus,
            approvals,
            new QueryBuilder(corpus.Synonyms, ranking),
            new AnswerComposer(options.AbstainThreshold, DomainVocabulary.From(corpus)),
            new SourceDetails(corpus, approvals, time),
            FollowUpDetector.For(corpus, approvals),
            Glossary.From(corpus),
            DomainVocabulary.From(corpus));
    }
}
