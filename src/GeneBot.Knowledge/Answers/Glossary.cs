using System.Text.RegularExpressions;
using GeneBot.Knowledge.Corpus;
using GeneBot.Knowledge.Indexing;

namespace GeneBot.Knowledge.Answers;

/// <summary>
/// The glossary article (<c>corpus/articles/glossary.md</c>) as short definitions: each <c>##</c> heading is a term,
/// with its acronym in brackets ("Adeno-associated virus (AAV)"), and the first sentence of its section is the
/// definition. Definitions are the article's own words (at most the leading "X is" is dropped); nothing is invented.
/// </summary>
public sealed partial class Glossary
{
    public const string ArticleId = "glossary";

    /// <summary>Definitions longer than this are not put in a parenthesis: it would no longer be short.</summary>
    public const int MaxDefinition = 160;

    private readonly IReadOnlyList<(string Name, string Definition)> names;

    private Glossary(IReadOnlyList<(string Name, string Definition)> names) => this.names = names;

    public static Glossary Empty { get; } = new([]);

    /// <summary>Every name (term and acronym) with its definition, longest name first.</summary>
    public IReadOnlyList<(string Name, string Definition)> Names => names;

    public static Glossary From(CorpusSnapshot corpus) =>
        corpus.Articles.FirstOrDefault(a => a.Id == ArticleId) is { } article ? From(article) : Empty;

    public static Glossary From(Article article)
    {
        var list = new List<(string, string)>();
        foreach (var section in article.Sections)
        {
            var first = section.Paragraphs.Select(p => SentenceSplitter.Split(p).FirstOrDefault()).FirstOrDefault(s => !string.IsNullOrWhiteSpace(s));
            if (first is null)
                continue;
            var heading = Heading().Match(section.Heading.Trim());
            var term = heading.Success ? heading.Groups["term"].Value.Trim() : section.Heading.Trim();
            var acronym = heading.Success ? heading.Groups["acronym"].Value.Trim() : null;
            var definition = Short(first.Trim(), term, acronym);
            if (definition.Length is 0 or > MaxDefinition)
                continue;
            list.Add((term, definition));
            if (!string.IsNullOrEmpty(acronym))
                list.Add((acronym, definition));
        }
        return new Glossary(list.OrderByDescending(n => n.Item1.Length).ToArray());
    }

    /// <summary>"An antigen is a substance … spot." → "a substance … spot"; a sentence of another shape is kept whole, without its full stop.</summary>
    private static string Short(string sentence, string term, string? acronym)
    {
        sentence = sentence.TrimEnd('.', ' ');
        foreach (var name in new[] { term, acronym }.Where(n => !string.IsNullOrEmpty(n)))
        {
            var m = Regex.Match(sentence, $@"^(?:(?:an?|the)\s+)?{Regex.Escape(name!)}(?:\s*\([^)]*\))?\s+(?:is|are|means)\s+(?<rest>.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
            if (m.Success)
                return m.Groups["rest"].Value.Trim();
        }
        return sentence;
    }

    /// <summary>
    /// The excerpts with the first use of each glossary term in the whole answer followed by its definition in
    /// brackets. Excerpts from the glossary itself are left as they are, and a term already followed by a bracket is skipped.
    /// </summary>
    public IReadOnlyList<Citation> Expand(IReadOnlyList<Citation> citations)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<Citation>(citations.Count);
        foreach (var citation in citations)
        {
            if (citation.ArticleId == ArticleId)
            {
                result.Add(citation);
                continue;
            }
            result.Add(citation with { Excerpt = Expand(citation.Excerpt, used) });
        }
        return result;
    }

    /// <summary>The text with each term's first use (not yet in <paramref name="used"/>) followed by its definition in brackets.</summary>
    public string Expand(string text, ISet<string> used)
    {
        // Spans already claimed (an inserted definition, or a longer term's match) are not matched again.
        var claimed = new List<(int Start, int End)>();
        var inserts = new List<(int At, string Text)>();
        foreach (var (name, definition) in names)
        {
            var pattern = $@"(?<![\w-]){Regex.Escape(name)}(?![\w-])";
            var options = IsAcronym(name) ? RegexOptions.CultureInvariant : RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
            foreach (Match m in Regex.Matches(text, pattern, options))
            {
                var end = m.Index + m.Length;
                if (claimed.Any(c => m.Index < c.End && end > c.Start))
                    continue;
                // Every use of a longer term is claimed, explained or not, so a shorter term inside it ("CAR" in
                // "CAR T-cell therapy") is never explained on its own.
                claimed.Add((m.Index, end));
                if (used.Contains(definition) || InsideLinkTarget(text, m.Index) || FollowedByBracket(text, end))
                    continue;
                inserts.Add((end, $" ({definition})"));
                used.Add(definition);
            }
        }
        foreach (var (at, insert) in inserts.OrderByDescending(i => i.At))
            text = text.Insert(at, insert);
        return text;
    }

    private static bool IsAcronym(string name) => name.Any(char.IsUpper) && !name.Any(char.IsWhiteSpace) && name.Count(char.IsUpper) >= 2;

    private static bool FollowedByBracket(string text, int end) =>
        text.AsSpan(end).TrimStart(' ').StartsWith("(");

    /// <summary>True inside the target of a Markdown link: <c>[text](here)</c>.</summary>
    private static bool InsideLinkTarget(string text, int at)
    {
        var open = text.LastIndexOf("](", at, StringComparison.Ordinal);
        return open >= 0 && text.IndexOf(')', open) is var close && (close < 0 || close >= at);
    }

    [GeneratedRegex(@"^(?<term>[^()]+?)\s*\((?<acronym>[^()]+)\)$", RegexOptions.CultureInvariant)]
    private static partial Regex Heading();
}
