namespace GeneBot.Knowledge.Tests.Support;

/// <summary>An <see cref="IProgress{T}"/> that records reports synchronously, and can fail on the first one.</summary>
public sealed class RecordingProgress<T>(bool fail = false) : IProgress<T>
{
    public List<T> Reports { get; } = [];

    public void Report(T value)
    {
        Reports.Add(value);
        if (fail)
            throw new InvalidOperationException("progress sink failed");
    }
}
