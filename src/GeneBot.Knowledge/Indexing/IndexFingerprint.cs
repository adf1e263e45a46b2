using System.Security.Cryptography;
using System.Text;
using GeneBot.Knowledge.Analysis;
using GeneBot.Knowledge.Corpus;

namespace GeneBot.Knowledge.Indexing;

/// <summary>Identifies what an index was built from: the corpus bytes, the analysis settings, the link base and the embedding model, if any.</summary>
public static class IndexFingerprint
{
    /// <param name="semanticModel">The model the passages' vectors come from; null for an index without vectors (whose fingerprint is as before semantic re-ranking existed).</param>
    public static string For(CorpusSnapshot snapshot, string? articleBaseUrl, string? semanticModel = null) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(
            $"{snapshot.Fingerprint}|{GeneAnalyzer.SettingsVersion}|{IndexSchema.Version}|{articleBaseUrl}" +
            (semanticModel is null ? "" : $"|semantic:{semanticModel}"))));
}
