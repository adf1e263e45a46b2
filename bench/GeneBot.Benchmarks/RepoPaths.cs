namespace GeneBot.Benchmarks;

/// <summary>The repository root (the folder holding GeneBot.sln) and the read-only benchmark data beside it.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Corpus => Path.Combine(Root, "corpus");

    public static string Questions => Path.Combine(Root, "eval", "questions.jsonl");

    /// <summary>../shared/bench beside the repository.</summary>
    public static string SharedBench => Path.GetFullPath(Path.Combine(Root, "..", "shared", "bench"));

    /// <summary>Looks above the working directory, the app's folder, and the folder this file was compiled from (builds with a separate artifacts path, run from elsewhere).</summary>
    private static string FindRoot([System.Runtime.CompilerServices.CallerFilePath] string sourceFile = "")
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory, Path.GetDirectoryName(sourceFile) ?? "" }.Where(s => s.Length > 0))
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "GeneBot.sln")))
                    return dir.FullName;
            }
        }
        throw new InvalidOperationException("Run the benchmarks from inside the repository (no GeneBot.sln found above the working directory).");
    }
}
