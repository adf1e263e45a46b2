using System.Reflection;

namespace GeneBot.Tests.Support;

/// <summary>Finds the repository root (the folder holding GeneBot.sln) and its bundled corpus: above the test assembly,
/// else where it was built from (when the build output lives elsewhere, as with <c>--artifacts-path</c>).</summary>
public static class Repo
{
    public static string Root { get; } = FindRoot();
    public static string Corpus => Path.Combine(Root, "corpus");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "GeneBot.sln")))
                return dir.FullName;
        }
        var built = typeof(Repo).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == "RepoRoot")?.Value;
        if (built is not null && File.Exists(Path.Combine(built, "GeneBot.sln")))
            return Path.GetFullPath(built);
        throw new InvalidOperationException("GeneBot.sln not found above " + AppContext.BaseDirectory);
    }
}
