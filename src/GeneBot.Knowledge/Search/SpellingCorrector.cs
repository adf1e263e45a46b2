using GeneBot.Knowledge.Indexing;
using Lucene.Net.Index;

namespace GeneBot.Knowledge.Search;

/// <summary>
/// Corrects a query word the index has never seen ("therepy") to the most common indexed word one edit away
/// (two for long words), so patients' typos still find their passages. Built from one index snapshot's vocabulary.
/// </summary>
public sealed class SpellingCorrector
{
    public const int MinLength = 5;

    private readonly Dictionary<(char, int), List<(string Term, int Frequency)>> byFirstLetterAndLength = [];
    private readonly HashSet<string> known = new(StringComparer.Ordinal);

    public SpellingCorrector(IndexReader reader)
    {
        foreach (var field in new[] { IndexFields.Body, IndexFields.Title, IndexFields.Section })
            AddVocabulary(reader, field);
    }

    private void AddVocabulary(IndexReader reader, string field)
    {
        var terms = MultiFields.GetTerms(reader, field);
        if (terms is null)
            return;
        var e = terms.GetEnumerator();
        while (e.MoveNext())
        {
            var term = e.Term.Utf8ToString();
            if (!known.Add(term))
                continue;
            if (term.Length < MinLength - 1 || !term.All(char.IsLetter))
                continue;
            var key = (term[0], term.Length);
            if (!byFirstLetterAndLength.TryGetValue(key, out var list))
                byFirstLetterAndLength[key] = list = [];
            list.Add((term, e.DocFreq));
        }
    }

    /// <summary>The corrected term for a word the index does not know, or null when the word is known or nothing close is.</summary>
    public string? Correct(string term)
    {
        if (known.Contains(term) || term.Length < MinLength || !term.All(char.IsLetter))
            return null;
        var maxEdits = term.Length >= 8 ? 2 : 1;
        (string Term, int Distance, int Frequency)? best = null;
        for (var length = term.Length - maxEdits; length <= term.Length + maxEdits; length++)
        {
            if (!byFirstLetterAndLength.TryGetValue((term[0], length), out var candidates))
                continue;
            foreach (var (candidate, frequency) in candidates)
            {
                var distance = Distance(term, candidate, maxEdits);
                if (distance > maxEdits)
                    continue;
                if (best is null || distance < best.Value.Distance || distance == best.Value.Distance && frequency > best.Value.Frequency)
                    best = (candidate, distance, frequency);
            }
        }
        return best?.Term;
    }

    /// <summary>Optimal string alignment distance (a swap of two neighbours counts once), cut off above <paramref name="max"/>.</summary>
    internal static int Distance(string a, string b, int max)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
            d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++)
            d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            var rowMin = int.MaxValue;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                rowMin = Math.Min(rowMin, d[i, j]);
            }
            if (rowMin > max)
                return max + 1;
        }
        return d[a.Length, b.Length];
    }
}
