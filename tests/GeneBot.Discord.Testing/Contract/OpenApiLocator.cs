namespace GeneBot.Discord.Testing.Contract;

/// <summary>Finds ../shared/discord/openapi.json next to the repository root (the folder holding GeneBot.sln).</summary>
public static class OpenApiLocator
{
    private static readonly string[] RootMarkers = ["GeneBot.sln", "GeneBot.slnx", "Directory.Packages.props"];

    public static (string? Path, string? SkipReason) Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (!RootMarkers.Any(marker => File.Exists(System.IO.Path.Combine(dir.FullName, marker))))
            {
                continue;
            }

            var path = System.IO.Path.GetFullPath(System.IO.Path.Combine(dir.FullName, "..", "shared", "discord", "openapi.json"));
            return File.Exists(path)
                ? (path, null)
                : (null, $"openapi.json not found at {path} (it ships only beside the repository, not in a fresh clone); contract check skipped.");
        }

        return (null, $"No repository root (GeneBot.sln) above {AppContext.BaseDirectory}; contract check skipped.");
    }
}
