using System.Runtime.CompilerServices;

namespace GeneBot.Knowledge.Tests.Support;

/// <summary>
/// Finds the read-only benchmark collections in ../shared/bench beside the repository root (the folder holding
/// GeneBot.sln), looking up from the test assembly and from this source file (builds with a separate artifacts path).
/// </summary>
public static class BenchData
{
    public static (string? Path, string? SkipReason) Locate(string collection) => LocateFrom(collection);

    private static (string? Path, string? SkipReason) LocateFrom(string collection, [CallerFilePath] string sourceFile = "")
    {
        var starts = new[] { AppContext.BaseDirectory, System.IO.Path.GetDirectoryName(sourceFile) ?? "" };
        foreach (var start in starts.Where(s => s.Length > 0))
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (!File.Exists(System.IO.Path.Combine(dir.FullName, "GeneBot.sln")))
                    continue;
                var path = System.IO.Path.GetFullPath(System.IO.Path.Combine(dir.FullName, "..", "shared", "bench", collection));
                if (File.Exists(System.IO.Path.Combine(path, "corpus.jsonl")))
                    return (path, null);
                break;
            }
        }
        return (null, $"../shared/bench/{collection} not found beside the repository (it ships only with the shared folder, not in a fresh clone); BEIR smoke test skipped.");
    }
}
