using GeneBot.Knowledge;
using GeneBot.Knowledge.Corpus;
using GeneBot.Storage;

namespace GeneBot.Features.Faq;

/// <summary>The FAQ entries GeneBot can post, found by key or alias; unknown keys get the nearest ones.</summary>
public sealed class FaqCatalog(Func<IReadOnlyList<FaqEntry>> entries)
{
    public static FaqCatalog From(KnowledgeBase knowledge) => new(() => knowledge.Corpus.Faqs);

    /// <summary>The corpus entries with the stored edits applied (read on every call, so an edit shows at once).</summary>
    public static FaqCatalog From(KnowledgeBase knowledge, IFaqStore store) => new(() => FaqMerge.Apply(knowledge.Corpus.Faqs, store.Overrides()));

    public IReadOnlyList<FaqEntry> All => entries().OrderBy(e => e.Key, StringComparer.Ordinal).ToArray();

    public FaqEntry? Find(string key)
    {
        var wanted = Normalize(key);
        return entries().FirstOrDefault(e => e.AllKeys.Any(k => k == wanted));
    }

    /// <summary>Up to <paramref name="count"/> keys closest to <paramref name="key"/>: prefix and substring matches first, then by edit distance.</summary>
    public IReadOnlyList<string> Nearest(string key, int count = 3) => Suggest(key, count).Select(e => e.Key).ToArray();

    /// <summary>
    /// Entries for autocomplete: all in key order when nothing is typed; otherwise those whose key or an alias starts
    /// with, then contains, the typed text, then the rest by edit distance.
    /// </summary>
    public IReadOnlyList<FaqEntry> Suggest(string typed, int count)
    {
        var wanted = Normalize(typed);
        var all = entries();
        if (wanted.Length == 0)
            return all.OrderBy(e => e.Key, StringComparer.Ordinal).Take(count).ToArray();
        return all
            .Select(e => (Entry: e, Score: e.AllKeys.Min(k => Distance(wanted, k))))
            .OrderBy(x => x.Score)
            .ThenBy(x => x.Entry.Key, StringComparer.Ordinal)
            .Take(count)
            .Select(x => x.Entry)
            .ToArray();
    }

    public static string Normalize(string key) => string.Join('-', key.Trim().ToLowerInvariant().Split([' ', '_', '-'], StringSplitOptions.RemoveEmptyEntries));

    private static int Distance(string wanted, string key)
    {
        if (wanted.Length > 0 && key.StartsWith(wanted, StringComparison.Ordinal))
            return 0;
        if (wanted.Length > 2 && key.Contains(wanted, StringComparison.Ordinal))
            return 1;
        return 2 + Levenshtein(wanted, key);
    }

    private static int Levenshtein(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            previous = current;
        }
        return previous[b.Length];
    }
}
