using System.Runtime.CompilerServices;
using GeneBot.Knowledge.Corpus;

namespace GeneBot.Knowledge.Tests.CorpusContent;

/// <summary>The repository's own <c>corpus/</c>, read once for the content tests.</summary>
public sealed class BundledCorpus
{
    public BundledCorpus()
    {
        RepoRoot = FindRoot(AppContext.BaseDirectory) ?? FindRoot(SourceFolder())
            ?? throw new InvalidOperationException("GeneBot.sln not found above " + AppContext.BaseDirectory);
        Root = Path.Combine(RepoRoot, "corpus");
        Snapshot = CorpusReader.Read(Root);
        Approvals = ApprovalsTable.Load(Root);
    }

    public string RepoRoot { get; }
    public string Root { get; }
    public CorpusSnapshot Snapshot { get; }
    public IReadOnlyList<ApprovedProduct> Approvals { get; }

    private static string? FindRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "GeneBot.sln")))
                return dir.FullName;
        }
        return null;
    }

    private static string SourceFolder([CallerFilePath] string path = "") => Path.GetDirectoryName(path) ?? ".";
}
