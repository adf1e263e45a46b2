namespace GeneBot.Tests.Support;

/// <summary>Finds the repository root (the folder holding GeneBot.sln) and its bundled corpus.</summary>
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
        throw new InvalidOperationException("GeneBot.sln not found above " + AppContext.BaseDirectory);
    }
}
