namespace GeneBot.Knowledge.Tests.Support;

/// <summary>The tiny corpus in TestCorpus/, copied next to the test assembly.</summary>
public static class TestCorpus
{
    public const int ArticleCount = 6;
    public const int FaqCount = 3;

    public static string Path => System.IO.Path.Combine(AppContext.BaseDirectory, "TestCorpus");

    /// <summary>Copies the test corpus into <paramref name="destination"/> so a test can change it.</summary>
    public static string CopyTo(string destination)
    {
        foreach (var file in Directory.EnumerateFiles(Path, "*", SearchOption.AllDirectories))
        {
            var target = System.IO.Path.Combine(destination, System.IO.Path.GetRelativePath(Path, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
        return destination;
    }
}
