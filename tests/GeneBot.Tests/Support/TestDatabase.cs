using GeneBot.Storage;

namespace GeneBot.Tests.Support;

/// <summary>An empty store of one provider for one test, removed on dispose; <see cref="Open"/> opens it again, as a restart or a second process would.</summary>
public abstract class TestDatabase : IDisposable
{
    /// <summary>The settings that point GeneBot at this store (Storage:Provider and its path or connection string).</summary>
    public abstract IReadOnlyDictionary<string, string?> Settings { get; }

    public abstract GeneBotDb Open();

    public abstract void Dispose();
}
