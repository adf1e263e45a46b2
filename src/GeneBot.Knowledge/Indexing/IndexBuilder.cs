using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using GeneBot.Knowledge.Corpus;
using GeneBot.Knowledge.Search;
using Lucene.Net.Index;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace GeneBot.Knowledge.Indexing;

/// <summary>
/// Rebuilds an index from a corpus snapshot through one IndexWriter that commits once: readers keep the last commit
/// until the new one is complete, and a crash or a failure leaves the last commit intact.
/// </summary>
public static class IndexBuilder
{
    private const string ManifestKey = "genebot.manifest";

    /// <summary>The writer settings every GeneBot index is built with: the schema's analyzers and similarity, a fresh index.</summary>
    public static IndexWriterConfig CreateConfig() => new(Analysis.GeneAnalyzer.Version, IndexSchema.CreateAnalyzer())
    {
        OpenMode = OpenMode.CREATE,
        Similarity = IndexSchema.CreateSimilarity(RankingSettings.Default),
        RAMBufferSizeMB = 64,
    };

    /// <summary>
    /// Builds an index from passages that come from elsewhere than a corpus folder (a benchmark collection), with the
    /// same schema, analysis and similarity as the bot's index, and commits once. Returns the number of passages written.
    /// </summary>
    public static int Build(IEnumerable<Passage> passages, LuceneDirectory directory, CancellationToken cancellationToken = default)
    {
        using var writer = new IndexWriter(directory, CreateConfig());
        try
        {
            var count = 0;
            foreach (var passage in passages)
            {
                if ((++count & 1023) == 0)
                    cancellationToken.ThrowIfCancellationRequested();
                writer.AddDocument(IndexSchema.ToDocument(passage));
            }
            writer.SetCommitData(new Dictionary<string, string>
            {
                [IndexFields.PassagesKey] = count.ToString(CultureInfo.InvariantCulture),
                [IndexFields.BuiltAtKey] = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture),
            });
            writer.Commit();
            return count;
        }
        catch
        {
            writer.Rollback();
            throw;
        }
    }

    public static IndexReport Build(
        CorpusSnapshot snapshot,
        LuceneDirectory directory,
        string? articleBaseUrl,
        IProgress<IndexProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var previous = IndexState.Read(directory);
        using var writer = new IndexWriter(directory, CreateConfig());
        try
        {
            var passages = 0;
            var articlesById = snapshot.Articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
            for (var i = 0; i < snapshot.Articles.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                foreach (var passage in PassageSplitter.Split(snapshot.Articles[i], articleBaseUrl))
                {
                    writer.AddDocument(IndexSchema.ToDocument(passage));
                    passages++;
                }
                if ((i + 1) % 200 == 0 || i + 1 == snapshot.Articles.Count)
                    progress?.Report(new IndexProgress(i + 1, snapshot.Articles.Count, passages));
            }
            foreach (var faq in snapshot.Faqs)
            {
                writer.AddDocument(IndexSchema.ToDocument(PassageSplitter.Split(faq, articlesById, articleBaseUrl)));
                passages++;
            }

            var manifest = snapshot.Articles.ToDictionary(a => a.Id, a => a.ContentHash, StringComparer.Ordinal);
            writer.SetCommitData(new Dictionary<string, string>
            {
                [IndexFields.FingerprintKey] = IndexFingerprint.For(snapshot, articleBaseUrl),
                [IndexFields.ArticlesKey] = snapshot.Articles.Count.ToString(CultureInfo.InvariantCulture),
                [IndexFields.PassagesKey] = passages.ToString(CultureInfo.InvariantCulture),
                [IndexFields.BuiltAtKey] = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture),
                [ManifestKey] = JsonSerializer.Serialize(manifest),
            });
            cancellationToken.ThrowIfCancellationRequested();
            writer.Commit();

            var before = previous?.UserData.TryGetValue(ManifestKey, out var json) == true
                ? JsonSerializer.Deserialize<Dictionary<string, string>>(json) ?? []
                : [];
            return new IndexReport(
                snapshot.Articles.Count,
                passages,
                snapshot.Faqs.Count,
                manifest.Keys.Where(id => !before.ContainsKey(id)).Order().ToArray(),
                manifest.Where(kv => before.TryGetValue(kv.Key, out var hash) && hash != kv.Value).Select(kv => kv.Key).Order().ToArray(),
                before.Keys.Where(id => !manifest.ContainsKey(id)).Order().ToArray(),
                snapshot.Errors,
                clock.Elapsed);
        }
        catch
        {
            writer.Rollback();
            throw;
        }
    }
}
