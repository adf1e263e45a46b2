using Lucene.Net.Store;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace GeneBot.Knowledge.Evaluation.Beir;

/// <summary>A Lucene index in a fresh folder under the system temp path, deleted with its files on dispose.</summary>
public sealed class TemporaryIndex : IDisposable
{
    public TemporaryIndex()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "genebot-beir", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Path);
        Directory = FSDirectory.Open(Path);
    }

    public string Path { get; }
    public LuceneDirectory Directory { get; }

    /// <summary>The size of the index files on disk, in bytes.</summary>
    public long SizeInBytes => new DirectoryInfo(Path).EnumerateFiles().Sum(f => f.Length);

    public void Dispose()
    {
        Directory.Dispose();
        try
        {
            System.IO.Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a leftover temp folder must not fail an evaluation that has finished.
        }
    }
}
