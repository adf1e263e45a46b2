using GeneBot.Knowledge.Analysis;

namespace GeneBot.Knowledge.Corpus;

/// <summary>
/// The library's own topic words, stemmed: article titles and tags, glossary terms, FAQ titles and every name in the
/// synonym map. A question that shares none of them with its best passage is probably about something else.
/// </summary>
public static class DomainVocabulary
{
    public const string GlossaryId = "glossary";

    public static IReadOnlySet<string> From(CorpusSnapshot corpus)
    {
        var phrases = corpus.Articles.Select(a => a.Title)
            .Concat(corpus.Articles.SelectMany(a => a.Tags).Select(t => t.Replace('-', ' ')))
            .Concat(corpus.Articles.Where(a => a.Id == GlossaryId).SelectMany(a => a.Sections).Select(s => s.Heading))
            .Concat(corpus.Faqs.Select(f => f.Title))
            .Concat(corpus.Synonyms.Groups.SelectMany(g => g));
        return phrases
            .SelectMany(p => GeneAnalyzer.Question.Tokens(p))
            .Select(t => t.Term)
            .ToHashSet(StringComparer.Ordinal);
    }
}
