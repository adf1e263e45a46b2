using Lucene.Net.Index;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace GeneBot.Knowledge.Indexing;

/// <summary>What the last commit of an index says about itself.</summary>
public sealed record IndexState(IReadOnlyDictionary<string, string> UserData, int Documents)
{
    public string? Fingerprint => UserData.TryGetValue(IndexFields.FingerprintKey, out var value) ? value : null;

    /// <summary>The last commit's state, or null when there is no index (or it cannot be opened).</summary>
    public static IndexState? Read(LuceneDirectory directory)
    {
        try
        {
            if (!DirectoryReader.IndexExists(directory))
                return null;
            using var reader = DirectoryReader.Open(directory);
            return new IndexState(new Dictionary<string, string>(reader.IndexCommit.UserData), reader.NumDocs);
        }
        catch (IOException)
        {
            return null;
        }
    }
}
