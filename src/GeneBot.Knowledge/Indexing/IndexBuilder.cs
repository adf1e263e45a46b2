using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using GeneBot.Knowledge.Corpus;
using GeneBot.Knowledge.Search;
using GeneBot.Knowledge.Semantic;
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
    public static int Build(IEnumerable<Passage> passages, LuceneDirectory directory, CancellationToken cancellationToken = default, ITextEmbedder? embedder = null)
    {
        // Streamed as they come, unless vectors must be computed for all of them before the writer opens.
        var list = embedder is null ? null : passages as IReadOnlyList<Passage> ?? passages.ToArray();
        var vectors = list is null ? null : Vectors(list, directory, embedder, cancellationToken);
        using var writer = new IndexWriter(directory, CreateConfig());
        try
        {
            var count = 0;
            foreach (var passage in list ?? passages)
            {
                if (((count + 1) & 1023) == 0)
                    cancellationToken.ThrowIfCancellationRequested();
                writer.AddDocument(IndexSchema.ToDocument(passage, vectors?[count]));
                count++;
            }
            var commitData = new Dictionary<string, string>
            {
                [IndexFields.PassagesKey] = count.ToString(CultureInfo.InvariantCulture),
                [IndexFields.BuiltAtKey] = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture),
            };
            if (embedder is not null)
                commitData[IndexFields.SemanticModelKey] = embedder.Model;
            writer.SetCommitData(commitData);
            writer.Commit();
            return count;
        }
        catch
        {
            writer.Rollback();
            throw;
        }
    }

    /// <param name="embedder">With semantic re-ranking: computes each passage's vector (reusing the replaced index's vectors of unchanged text).</param>
    public static IndexReport Build(
        CorpusSnapshot snapshot,
        LuceneDirectory directory,
        string? articleBaseUrl,
        IProgress<IndexProgress>? progress = null,
        CancellationToken cancellationToken = default,
        ITextEmbedder? embedder = null)
    {
        var clock = Stopwatch.StartNew();
        var previous = IndexState.Read(directory);
        var articlesById = snapshot.Articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var byArticle = snapshot.Articles.Select(a => PassageSplitter.Split(a, articleBaseUrl).ToArray()).ToArray();
        var passages = byArticle.SelectMany(p => p).Concat(snapshot.Faqs.Select(f => PassageSplitter.Split(f, articlesById, articleBaseUrl))).ToArray();
        var vectors = Vectors(passages, directory, embedder, cancellationToken);
        using var writer = new IndexWriter(directory, CreateConfig());
        try
        {
            var written = 0;
            for (var i = 0; i < byArticle.Length; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                foreach (var passage in byArticle[i])
                {
                    writer.AddDocument(IndexSchema.ToDocument(passage, vectors?[written]));
                    written++;
                }
                if ((i + 1) % 200 == 0 || i + 1 == byArticle.Length)
                    progress?.Report(new IndexProgress(i + 1, byArticle.Length, written));
            }
            for (; written < passages.Length; written++)
                writer.AddDocument(IndexSchema.ToDocument(passages[written], vectors?[written]));

            var manifest = snapshot.Articles.ToDictionary(a => a.Id, a => a.ContentHash, StringComparer.Ordinal);
            var commitData = new Dictionary<string, string>
            {
                [IndexFields.FingerprintKey] = IndexFingerprint.For(snapshot, articleBaseUrl, embedder?.Model),
                [IndexFields.ArticlesKey] = snapshot.Articles.Count.ToString(CultureInfo.InvariantCulture),
                [IndexFields.PassagesKey] = passages.Length.ToString(CultureInfo.InvariantCulture),
                [IndexFields.BuiltAtKey] = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture),
                [ManifestKey] = JsonSerializer.Serialize(manifest),
            };
            if (embedder is not null)
                commitData[IndexFields.SemanticModelKey] = embedder.Model;
            writer.SetCommitData(commitData);
            cancellationToken.ThrowIfCancellationRequested();
            writer.Commit();

            var before = previous?.UserData.TryGetValue(ManifestKey, out var json) == true
                ? JsonSerializer.Deserialize<Dictionary<string, string>>(json) ?? []
                : [];
            return new IndexReport(
                snapshot.Articles.Count,
                passages.Length,
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

    /// <summary>The passages' vectors when an embedder is given (before the writer opens, so the replaced index's vectors can be reused); else null.</summary>
    private static IReadOnlyList<PassageVector>? Vectors(IReadOnlyList<Passage> passages, LuceneDirectory directory, ITextEmbedder? embedder, CancellationToken cancellationToken) =>
        embedder is null ? null : PassageVectors.For(passages, embedder, PassageVectors.Stored(directory, embedder.Model), cancellationToken);
}
