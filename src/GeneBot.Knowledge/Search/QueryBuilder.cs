using System.Globalization;
using System.Text;
using GeneBot.Knowledge.Analysis;
using GeneBot.Knowledge.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace GeneBot.Knowledge.Search;

/// <summary>
/// Builds the Lucene query for any text in code, from the analyzer's tokens: terms across fields, adjacent-pair
/// phrases, exact word forms and domain synonyms. User text never reaches a query parser, so no input can throw.
/// </summary>
public sealed class QueryBuilder(SynonymMap synonyms, RankingSettings settings)
{
    public const int MaxQuestionChars = 500;
    public const int MaxTerms = 32;
    private const int MaxSynonymClauses = 48;

    private readonly IReadOnlyList<string[][]> groups = synonyms.Groups
        .Select(g => g.Select(p => GeneAnalyzer.Stemmed.Tokens(p).Select(t => t.Term).ToArray()).Where(t => t.Length > 0).ToArray())
        .Where(g => g.Length >= 2)
        .ToArray();

    public RankingSettings Settings => settings;

    /// <summary>The question as GeneBot reads it: control characters removed and cut to the first 500 characters.</summary>
    public static string Clean(string? question)
    {
        if (string.IsNullOrEmpty(question))
            return "";
        var sb = new StringBuilder(Math.Min(question.Length, MaxQuestionChars));
        foreach (var c in question)
        {
            if (sb.Length >= MaxQuestionChars)
                break;
            var category = char.GetUnicodeCategory(c);
            if (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark)
                sb.Append(char.IsWhiteSpace(c) ? ' ' : "");
            else
                sb.Append(c);
        }
        if (sb.Length > 0 && char.IsHighSurrogate(sb[^1]))
            sb.Length--;
        return sb.ToString().Trim();
    }

    public QueryPlan Build(string? question, Func<string, double> idf)
    {
        var text = Clean(question);
        var stemmed = GeneAnalyzer.Question.Tokens(text);
        var terms = stemmed.Select(t => t.Term).Distinct().Take(MaxTerms).ToArray();
        if (terms.Length == 0)
            return new QueryPlan(text, null, [], []);

        var query = new BooleanQuery();
        foreach (var term in terms)
            query.Add(AcrossFields(term, 1f), Occur.SHOULD);

        foreach (var exact in GeneAnalyzer.Exact.Tokens(text).Select(t => t.Term).Where(t => !GeneAnalyzer.QuestionStopWords.Contains(t)).Distinct().Take(MaxTerms))
            query.Add(new TermQuery(new Term(IndexFields.Exact, exact)) { Boost = settings.ExactBoost }, Occur.SHOULD);

        var pairs = new List<(string, string)>();
        for (var i = 1; i < stemmed.Count && pairs.Count < MaxTerms; i++)
        {
            var (first, second) = (stemmed[i - 1], stemmed[i]);
            if (first.Term == second.Term)
                continue;
            pairs.Add((first.Term, second.Term));
            query.Add(Phrase(IndexFields.Body, [first.Term, second.Term], settings.PhraseSlop + second.Position - first.Position - 1, settings.PhraseBoost), Occur.SHOULD);
        }

        var alternatives = terms.ToDictionary(t => t, _ => new List<IReadOnlyList<string>>(), StringComparer.Ordinal);
        AddSynonyms(query, stemmed.Select(t => t.Term).ToArray(), alternatives);

        var concepts = terms.Select(t => new QueryConcept(t, idf(t), alternatives[t])).ToArray();
        return new QueryPlan(text, query, concepts, pairs);
    }

    private void AddSynonyms(BooleanQuery query, string[] tokens, Dictionary<string, List<IReadOnlyList<string>>> alternatives)
    {
        var added = 0;
        foreach (var group in groups)
        {
            foreach (var phrase in group)
            {
                if (IndexOf(tokens, phrase) < 0)
                    continue;
                foreach (var other in group)
                {
                    if (ReferenceEquals(other, phrase) || other.SequenceEqual(phrase) || added >= MaxSynonymClauses)
                        continue;
                    foreach (var term in phrase.Where(alternatives.ContainsKey))
                        alternatives[term].Add(other);
                    query.Add(other.Length == 1
                        ? AcrossFields(other[0], settings.SynonymBoost)
                        : Phrase(IndexFields.Body, other, settings.PhraseSlop, settings.SynonymBoost), Occur.SHOULD);
                    added++;
                }
                break;
            }
        }
    }

    private DisjunctionMaxQuery AcrossFields(string term, float boost) => new DisjunctionMaxQuery(settings.TieBreaker)
    {
        new TermQuery(new Term(IndexFields.Body, term)),
        new TermQuery(new Term(IndexFields.Title, term)) { Boost = settings.TitleBoost },
        new TermQuery(new Term(IndexFields.Section, term)) { Boost = settings.SectionBoost },
    }.WithBoost(boost);

    private static PhraseQuery Phrase(string field, IReadOnlyList<string> terms, int slop, float boost)
    {
        var phrase = new PhraseQuery { Slop = Math.Max(0, slop), Boost = boost };
        foreach (var term in terms)
            phrase.Add(new Term(field, term));
        return phrase;
    }

    private static int IndexOf(string[] tokens, string[] phrase)
    {
        for (var i = 0; i + phrase.Length <= tokens.Length; i++)
        {
            if (tokens.AsSpan(i, phrase.Length).SequenceEqual(phrase))
                return i;
        }
        return -1;
    }
}

internal static class QueryExtensions
{
    public static T WithBoost<T>(this T query, float boost) where T : Query
    {
        query.Boost = boost;
        return query;
    }
}
