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

    /// <summary>Each group's names as analysed terms, each distinct sequence once ("car-t" and "car t" are both [car, t]).</summary>
    private readonly IReadOnlyList<string[][]> groups = synonyms.Groups
        .Select(g => g.Select(p => GeneAnalyzer.Stemmed.Tokens(p).Select(t => t.Term).ToArray()).Where(t => t.Length > 0).DistinctBy(t => string.Join(' ', t)).ToArray())
        .Where(g => g.Length >= 2)
        .ToArray();

    /// <summary>Words of the synonym map: never "corrected", since the map names them on purpose.</summary>
    private readonly HashSet<string> synonymTerms = synonyms.Groups
        .SelectMany(g => g.SelectMany(p => GeneAnalyzer.Stemmed.Tokens(p).Select(t => t.Term)))
        .ToHashSet(StringComparer.Ordinal);

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

    /// <param name="idf">The weight of a term in the index.</param>
    /// <param name="correct">Corrects a term the index does not know (a typo), or returns null.</param>
    public QueryPlan Build(string? question, Func<string, double> idf, Func<string, string?>? correct = null)
    {
        var text = Clean(question);
        var stemmed = GeneAnalyzer.Question.Tokens(text);
        if (correct is not null)
            stemmed = stemmed.Select(t => !synonymTerms.Contains(t.Term) && correct(t.Term) is { } fixedTerm ? t with { Term = fixedTerm } : t).ToArray();
        var terms = stemmed.Select(t => t.Term).Distinct().Take(MaxTerms).ToArray();
        if (terms.Length == 0)
            return new QueryPlan(text, null, [], []);

        var query = new BooleanQuery();
        var tokens = stemmed.Select(t => t.Term).ToArray();
        var alternatives = terms.ToDictionary(t => t, _ => new List<IReadOnlyList<string>>(), StringComparer.Ordinal);
        var covered = AddNames(query, tokens, alternatives);

        // The unstemmed word at each position: an exact match of the form the person typed counts a little extra.
        var exactAt = GeneAnalyzer.Exact.Tokens(text).ToDictionary(t => t.Position, t => t.Term);
        foreach (var term in stemmed.Where((_, i) => !covered[i]).Select(t => t.Term).Distinct())
        {
            var clause = AcrossFields(term, 1f);
            foreach (var exact in stemmed.Where(t => t.Term == term && exactAt.ContainsKey(t.Position)).Select(t => exactAt[t.Position]).Distinct())
                clause.Add(new TermQuery(new Term(IndexFields.Exact, exact)) { Boost = settings.ExactBoost });
            query.Add(clause, Occur.SHOULD);
        }

        var pairs = new List<(string, string)>();
        for (var i = 1; i < stemmed.Count && pairs.Count < MaxTerms; i++)
        {
            var (first, second) = (stemmed[i - 1], stemmed[i]);
            if (first.Term == second.Term)
                continue;
            pairs.Add((first.Term, second.Term));
            if (!covered[i - 1] && !covered[i])
                query.Add(Phrase(IndexFields.Body, [first.Term, second.Term], settings.PhraseSlop + second.Position - first.Position - 1, settings.PhraseBoost), Occur.SHOULD);
        }

        var concepts = terms.Select(t => new QueryConcept(t, idf(t), alternatives[t])).ToArray();
        return new QueryPlan(text, WithQuestionTypes(query, text), concepts, pairs);
    }

    /// <summary>
    /// Each name of the synonym map found in the question ("car t", "crs", "imlygic") becomes one clause: the best match
    /// among all the names of its group. A concept with a long name or many names weighs as one concept, not as many
    /// words. Returns which token positions such names cover.
    /// </summary>
    private bool[] AddNames(BooleanQuery query, string[] tokens, Dictionary<string, List<IReadOnlyList<string>>> alternatives)
    {
        var covered = new bool[tokens.Length];
        var added = 0;
        foreach (var group in groups)
        {
            if (added >= MaxSynonymClauses)
                break;
            var (phrase, at) = group.OrderByDescending(p => p.Length).Select(p => (p, IndexOf(tokens, p))).FirstOrDefault(x => x.Item2 >= 0);
            if (phrase is null || Enumerable.Range(at, phrase.Length).Any(i => covered[i]))
                continue;
            for (var i = at; i < at + phrase.Length; i++)
                covered[i] = true;

            var names = new DisjunctionMaxQuery(0f) { Name(phrase, 1f) };
            foreach (var other in group.Where(o => !o.SequenceEqual(phrase)).Take(MaxSynonymClauses - added))
            {
                foreach (var term in phrase.Where(alternatives.ContainsKey))
                    alternatives[term].Add(other);
                names.Add(Name(other, settings.SynonymBoost));
                added++;
            }
            query.Add(names, Occur.SHOULD);
        }
        return covered;
    }

    /// <summary>
    /// When the question asks for a kind of answer ("symptoms", "treatment", "when"), a passage under a heading of that
    /// kind scores <see cref="RankingSettings.QuestionTypeBoost"/> times more. A multiplier, not an extra clause: it
    /// reorders passages that already match the topic and never lifts one that matches only the heading.
    /// </summary>
    private Query WithQuestionTypes(Query topic, string text)
    {
        if (settings.QuestionTypeBoost <= 1)
            return topic;
        var headings = new BooleanQuery();
        foreach (var term in QuestionTypes.Detect(text).SelectMany(k => k.SectionTerms).Distinct())
            headings.Add(new TermQuery(new Term(IndexFields.Section, term)), Occur.SHOULD);
        return headings.Clauses.Count == 0 ? topic : new HeadingBoostQuery(topic, headings, settings.QuestionTypeBoost);
    }

    private Query Name(string[] name, float boost) => name.Length == 1
        ? AcrossFields(name[0], boost)
        : new DisjunctionMaxQuery(settings.TieBreaker)
        {
            Phrase(IndexFields.Body, name, settings.PhraseSlop, 1f),
            Phrase(IndexFields.Title, name, settings.PhraseSlop, settings.TitleBoost),
            Phrase(IndexFields.Section, name, settings.PhraseSlop, settings.SectionBoost),
        }.WithBoost(boost);

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
