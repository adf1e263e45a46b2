using System.Text.RegularExpressions;
using GeneBot.Knowledge.Analysis;

namespace GeneBot.Knowledge.Conversation;

/// <summary>
/// Tells a follow-up ("and the side effects?", "is it approved?", "how long does it take?") from a question that stands
/// on its own ("what is crispr?"). A follow-up opens with a linking word, or leans on a pronoun or on very few words, and
/// names no topic of the library's own (a therapy, a product, a glossary term).
/// </summary>
public sealed partial class FollowUpDetector(IReadOnlyList<string[]> topics)
{
    /// <summary>Questions with at most this many topic words and no named topic read as follow-ups.</summary>
    public const int MaxBareWords = 3;

    [GeneratedRegex(@"^\s*(and|also|plus|but|so|then|what about|how about|what if|ok(ay)? (and|so|what about)|and what about)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LinkingStart();

    [GeneratedRegex(@"\b(it|its|it's|they|them|their|this|that|these|those|the same|one)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pronoun();

    /// <summary>
    /// The library's named topics, stemmed: synonym-map names, glossary terms (and their acronyms in brackets) and
    /// approved products. A many-word name counts only when the question holds all of it, so "approval" alone is no topic.
    /// </summary>
    public static FollowUpDetector For(Corpus.CorpusSnapshot corpus, IEnumerable<Corpus.ApprovedProduct> products)
    {
        var glossary = corpus.Articles.Where(a => a.Id == Corpus.DomainVocabulary.GlossaryId).SelectMany(a => a.Sections).Select(s => s.Heading);
        var names = corpus.Synonyms.Groups.SelectMany(g => g)
            .Concat(glossary.SelectMany(h => h.Split(['(', ')'], StringSplitOptions.RemoveEmptyEntries)))
            .Concat(products.SelectMany(p => new[] { p.Brand, p.Generic }));
        var phrases = names
            .Select(n => GeneAnalyzer.Question.Tokens(n).Select(t => t.Term).ToArray())
            .Where(p => p.Length > 0)
            .DistinctBy(p => string.Join(' ', p))
            .ToArray();
        return new FollowUpDetector(phrases);
    }

    public bool IsFollowUp(string? question)
    {
        var text = Search.QueryBuilder.Clean(question);
        if (text.Length == 0)
            return false;
        if (LinkingStart().IsMatch(text))
            return true;
        var words = GeneAnalyzer.Question.Tokens(text).Select(t => t.Term).Distinct().ToArray();
        var sequence = GeneAnalyzer.Question.Tokens(text).Select(t => t.Term).ToArray();
        if (topics.Any(topic => Contains(sequence, topic)))
            return false;
        return Pronoun().IsMatch(text) || words.Length <= MaxBareWords;
    }

    private static bool Contains(string[] sequence, string[] phrase)
    {
        for (var i = 0; i + phrase.Length <= sequence.Length; i++)
        {
            if (sequence.AsSpan(i, phrase.Length).SequenceEqual(phrase))
                return true;
        }
        return false;
    }
}
