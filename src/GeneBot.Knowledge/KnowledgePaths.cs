namespace GeneBot.Knowledge;

/// <summary>Resolves configured paths: absolute as given; relative against the working directory, else the app's folder and its parents.</summary>
public static class KnowledgePaths
{
    public static string ResolveExisting(string path)
    {
        if (Path.IsPathRooted(path) || Directory.Exists(path))
            return Path.GetFullPath(path);
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, path);
            if (Directory.Exists(candidate))
                return candidate;
        }
        return Path.GetFullPath(path);
    }
}
