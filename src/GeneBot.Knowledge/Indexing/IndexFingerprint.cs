using System.Security.Cryptography;
using System.Text;
using GeneBot.Knowledge.Analysis;
using GeneBot.Knowledge.Corpus;

namespace GeneBot.Knowledge.Indexing;

/// <summary>Identifies what an index was built from: the corpus bytes, the analysis settings and the link base.</summary>
public static class IndexFingerprint
{
    public static string For(CorpusSnapshot snapshot, string? articleBaseUrl) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(
            $"{snapshot.Fingerprint}|{GeneAnalyzer.SettingsVersion}|{IndexSchema.Version}|{articleBaseUrl}")));
}
