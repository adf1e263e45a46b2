using System.Security.Cryptography;
using System.Text;
using GeneBot.Knowledge.Analysis;

namespace GeneBot.Knowledge.Corpus;

/// <summary>
/// Reads a corpus folder. A bad file (broken YAML, missing id or title, duplicate id, empty body, not UTF-8, binary,
/// over 1 MB, or a link out of the folder) is reported as <c>path:line: reason</c> and skipped; every other file is kept.
/// </summary>
public static class CorpusReader
{
    public const long MaxFileBytes = 1024 * 1024;
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static CorpusSnapshot Read(string corpusPath)
    {
        var root = Path.GetFullPath(corpusPath);
        if (!Directory.Exists(root))
            throw new DirectoryNotFoundException($"The corpus folder '{corpusPath}' does not exist (set Knowledge:CorpusPath or --corpus).");

        var errors = new List<CorpusError>();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

        var articles = new List<Article>();
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (path, text, fileHash) in ReadFiles(root, "articles", errors, hash))
        {
            var result = ArticleParser.Parse(path, text, fileHash);
            if (result.Error is { } error)
                errors.Add(error);
            else if (ids.TryGetValue(result.Value!.Id, out var first))
                errors.Add(new CorpusError(path, FrontMatter.LineOfKey(text, "id"), $"duplicate id '{result.Value.Id}' (first used in {first})"));
            else
            {
                ids[result.Value.Id] = path;
                articles.Add(result.Value);
            }
        }

        var faqs = new List<FaqEntry>();
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (path, text, _) in ReadFiles(root, "faq", errors, hash))
        {
            var result = FaqParser.Parse(path, text);
            if (result.Error is { } error)
            {
                errors.Add(error);
                continue;
            }
            var clash = result.Value!.AllKeys.FirstOrDefault(keys.ContainsKey);
            if (clash is not null)
            {
                errors.Add(new CorpusError(path, clash == result.Value.Key ? FrontMatter.LineOfKey(text, "key") : FrontMatter.LineOfKey(text, "aliases"), $"duplicate FAQ key or alias '{clash}' (first used in {keys[clash]})"));
                continue;
            }
            foreach (var key in result.Value.AllKeys)
                keys[key] = path;
            faqs.Add(result.Value);
        }

        var synonyms = SynonymMap.Empty;
        var synonymsPath = Path.Combine(root, "synonyms.txt");
        if (File.Exists(synonymsPath) && TryRead(root, synonymsPath, errors, hash) is { } synonymText)
            synonyms = SynonymMap.Parse(synonymText.Text);

        return new CorpusSnapshot(root, articles, faqs, errors, synonyms, Convert.ToHexStringLower(hash.GetHashAndReset()));
    }

    private static IEnumerable<(string Path, string Text, string Hash)> ReadFiles(string root, string folder, List<CorpusError> errors, IncrementalHash hash)
    {
        var dir = Path.Combine(root, folder);
        if (!Directory.Exists(dir))
            yield break;
        foreach (var file in Directory.EnumerateFiles(dir, "*.md").Order(StringComparer.Ordinal))
        {
            if (TryRead(root, file, errors, hash) is { } read)
                yield return (read.Display, read.Text, read.Hash);
        }
    }

    private static (string Display, string Text, string Hash)? TryRead(string root, string file, List<CorpusError> errors, IncrementalHash hash)
    {
        var display = Display(file);
        var info = new FileInfo(file);
        if (info.LinkTarget is not null)
        {
            var target = info.ResolveLinkTarget(returnFinalTarget: true)?.FullName;
            if (target is null || !IsInside(root, target))
            {
                errors.Add(new CorpusError(display, 1, "link points outside the corpus folder; skipped"));
                return null;
            }
            info = new FileInfo(target);
        }
        if (!info.Exists)
        {
            errors.Add(new CorpusError(display, 1, "file could not be read (broken link?)"));
            return null;
        }
        if (info.Length > MaxFileBytes)
        {
            errors.Add(new CorpusError(display, 1, $"file is {info.Length / 1024} KB, over the 1 MB limit"));
            return null;
        }

        var bytes = File.ReadAllBytes(info.FullName);
        hash.AppendData(Encoding.UTF8.GetBytes(Path.GetRelativePath(root, file).Replace('\\', '/')));
        hash.AppendData(bytes);
        var zero = Array.IndexOf(bytes, (byte)0);
        if (zero >= 0)
        {
            errors.Add(new CorpusError(display, LineAt(bytes, zero), "binary file (contains a NUL byte)"));
            return null;
        }
        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            errors.Add(new CorpusError(display, LineAt(bytes, Math.Max(0, ex.Index)), "not valid UTF-8"));
            return null;
        }
        if (text.Length > 0 && text[0] == '\uFEFF')
            text = text[1..];
        return (display, text, Convert.ToHexStringLower(SHA256.HashData(bytes)));
    }

    private static bool IsInside(string root, string path)
    {
        var relative = Path.GetRelativePath(root, Path.GetFullPath(path));
        return !relative.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(relative);
    }

    private static int LineAt(byte[] bytes, int index)
    {
        var line = 1;
        for (var i = 0; i < index && i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
                line++;
        }
        return line;
    }

    private static string Display(string file)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, file);
        return relative.StartsWith("..", StringComparison.Ordinal) ? file : relative.Replace('\\', '/');
    }
}
