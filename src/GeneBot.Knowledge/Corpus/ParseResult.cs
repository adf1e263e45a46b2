namespace GeneBot.Knowledge.Corpus;

/// <summary>A parsed value, or the error that made the file unusable.</summary>
public readonly record struct ParseResult<T>(T? Value, CorpusError? Error) where T : class
{
    public static ParseResult<T> Ok(T value) => new(value, null);
    public static ParseResult<T> Fail(string path, int line, string reason) => new(null, new CorpusError(path, line, reason));
}
