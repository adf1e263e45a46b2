namespace GeneBot.Semantic.Tests;

/// <summary>One loaded model for a test class (loading it takes about a second and a few hundred MB).</summary>
public sealed class ModelFixture : IDisposable
{
    public ArcticEmbedder Embedder { get; } = new();

    public void Dispose() => Embedder.Dispose();
}
