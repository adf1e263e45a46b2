using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace GeneBot.Knowledge.Corpus;

/// <summary>Reads front matter into its data shape; a YAML error carries the line it was found on.</summary>
internal static class YamlDocuments
{
    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(LowerCaseNamingConvention.Instance)
        .IgnoreUnmatchedProperties()
        .WithDuplicateKeyChecking()
        .Build();

    /// <summary>Deserializes <paramref name="yaml"/>; on failure returns the reason and its 1-based line within the YAML.</summary>
    public static (T? Value, string? Error, int Line) Read<T>(string yaml) where T : class
    {
        try
        {
            return (Deserializer.Deserialize<T>(yaml), null, 0);
        }
        catch (YamlException ex)
        {
            var reason = ex.InnerException?.Message ?? ex.Message;
            // A tab that YAML forbids is reported at the end mark (the start is the value before it); anything else at the start.
            var lines = yaml.Split('\n');
            var end = (int)Math.Min(ex.End.Line, lines.Length);
            var line = end > ex.Start.Line && end >= 1 && lines[end - 1].StartsWith('\t') ? end : (int)Math.Max(1, ex.Start.Line);
            return (null, $"invalid YAML front matter: {FirstLine(reason)}", line);
        }
    }

    private static string FirstLine(string message)
    {
        var cut = message.IndexOfAny(['\r', '\n']);
        return cut < 0 ? message : message[..cut];
    }
}

internal sealed class ArticleFrontMatter
{
    public string? Id { get; set; }
    public string? Title { get; set; }
    public string? Summary { get; set; }
    public List<string>? Tags { get; set; }
    public string? Reviewed { get; set; }
    public string? Url { get; set; }
    public List<SourceFrontMatter>? Sources { get; set; }
    public List<StatusFrontMatter>? Status { get; set; }
}

internal sealed class SourceFrontMatter
{
    public string? Title { get; set; }
    public string? Publisher { get; set; }
    public string? Url { get; set; }
    public int? Year { get; set; }
}

internal sealed class StatusFrontMatter
{
    public string? Product { get; set; }
    public string? Label { get; set; }
}

internal sealed class FaqFrontMatter
{
    public string? Key { get; set; }
    public List<string>? Aliases { get; set; }
    public string? Title { get; set; }
    public string? Link { get; set; }
}
