namespace GeneBot.Knowledge.Corpus;

/// <summary>Splits a Markdown file into its YAML front matter and its body.</summary>
internal static class FrontMatter
{
    /// <summary>The front matter's YAML, the body, and the 1-based line the body starts on; null when the file does not open with a <c>---</c> block.</summary>
    public static (string Yaml, string Body, int BodyLine)? Split(string text)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n');
        if (lines.Length == 0 || lines[0].TrimEnd() != "---")
            return null;

        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].TrimEnd() is "---" or "...")
            {
                var yaml = string.Join('\n', lines[1..i]);
                var body = string.Join('\n', lines[(i + 1)..]);
                return (yaml, body, i + 2);
            }
        }

        return null;
    }

    /// <summary>The 1-based line of a top-level front matter key in the whole file, or 1 when it is not there.</summary>
    public static int LineOfKey(string text, string key)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n');
        for (var i = 1; i < lines.Length && lines[i].TrimEnd() is not ("---" or "..."); i++)
        {
            if (lines[i].StartsWith(key + ":", StringComparison.Ordinal))
                return i + 1;
        }
        return 1;
    }
}
