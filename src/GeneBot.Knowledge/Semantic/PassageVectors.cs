using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using GeneBot.Knowledge.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Util;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace GeneBot.Knowledge.Semantic;

/// <summary>A passage's vector and the key of the text and model it was computed from.</summary>
public sealed record PassageVector(string Key, float[] Vector);

/// <summary>
/// Passage vectors live in the index, as doc values beside the passage they belong to, so a reindex swaps them in
/// with the passages in one commit. Computing them is slow (tens of passages a second on two cores), so a rebuild
/// takes each unchanged passage's vector from the index it replaces and embeds only new or changed text.
/// </summary>
public static class PassageVectors
{
    private const int Batch = 16;

    /// <summary>What is embedded for a passage: the way GeneBot cites it, title and section, then the text.</summary>
    public static string TextOf(Passage passage) =>
        passage.Section is { Length: > 0 } section ? $"{passage.Title}, {section}. {passage.Text}" : $"{passage.Title} {passage.Text}";

    public static string KeyOf(string model, string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{model}\n{text}")).AsSpan(0, 16));

    /// <summary>Vectors for <paramref name="passages"/>, in order: from <paramref name="known"/> where the key matches, else embedded in batches.</summary>
    public static IReadOnlyList<PassageVector> For(
        IReadOnlyList<Passage> passages,
        ITextEmbedder embedder,
        IReadOnlyDictionary<string, float[]> known,
        CancellationToken cancellationToken = default)
    {
        var texts = passages.Select(TextOf).ToArray();
        var keys = texts.Select(t => KeyOf(embedder.Model, t)).ToArray();
        var vectors = new float[passages.Count][];
        var missing = Enumerable.Range(0, passages.Count).Where(i => !known.ContainsKey(keys[i])).ToArray();
        foreach (var i in Enumerable.Range(0, passages.Count).Except(missing))
            vectors[i] = known[keys[i]];
        for (var start = 0; start < missing.Length; start += Batch)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var batch = missing.Skip(start).Take(Batch).ToArray();
            var computed = embedder.EmbedPassages(batch.Select(i => texts[i]).ToArray(), cancellationToken);
            for (var j = 0; j < batch.Length; j++)
                vectors[batch[j]] = computed[j];
        }
        return keys.Select((key, i) => new PassageVector(key, vectors[i])).ToArray();
    }

    /// <summary>The vectors the index's last commit holds, by key, when they were computed with <paramref name="model"/>; else none.</summary>
    public static IReadOnlyDictionary<string, float[]> Stored(LuceneDirectory directory, string model)
    {
        var stored = new Dictionary<string, float[]>(StringComparer.Ordinal);
        if (IndexState.Read(directory)?.UserData.GetValueOrDefault(IndexFields.SemanticModelKey) != model)
            return stored;
        using var reader = DirectoryReader.Open(directory);
        var bytes = new BytesRef();
        foreach (var leaf in reader.Leaves)
        {
            var keys = leaf.AtomicReader.GetBinaryDocValues(IndexFields.VectorKey);
            var vectors = leaf.AtomicReader.GetBinaryDocValues(IndexFields.Vector);
            if (keys is null || vectors is null)
                continue;
            for (var doc = 0; doc < leaf.AtomicReader.MaxDoc; doc++)
            {
                keys.Get(doc, bytes);
                var key = bytes.Utf8ToString();
                vectors.Get(doc, bytes);
                stored.TryAdd(key, ToVector(bytes));
            }
        }
        return stored;
    }

    public static BytesRef ToBytes(float[] vector) => new(MemoryMarshal.AsBytes(vector.AsSpan()).ToArray());

    public static float[] ToVector(BytesRef bytes) => AsVector(bytes).ToArray();

    /// <summary>The stored vector read in place, without a copy (for a dot product per candidate and question).</summary>
    public static ReadOnlySpan<float> AsVector(BytesRef bytes) =>
        MemoryMarshal.Cast<byte, float>(bytes.Bytes.AsSpan(bytes.Offset, bytes.Length));

    /// <summary>The cosine of two unit vectors; 0 when their lengths differ (vectors of another model).</summary>
    public static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        if (a.Length != b.Length)
            return 0f;
        var sum = 0f;
        for (var i = 0; i < a.Length; i++)
            sum += a[i] * b[i];
        return sum;
    }
}
