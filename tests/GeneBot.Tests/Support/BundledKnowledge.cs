using GeneBot.Knowledge;

namespace GeneBot.Tests.Support;

/// <summary>The bundled corpus indexed once into a temp folder, shared by a test class.</summary>
public sealed class BundledKnowledge : IDisposable
{
    private readonly TempDirectory index = new();

    public BundledKnowledge() =>
        Knowledge = KnowledgeBase.Open(new KnowledgeOptions { CorpusPath = Repo.Corpus, IndexPath = index.Combine("index") });

    public KnowledgeBase Knowledge { get; }

    public void Dispose()
    {
        Knowledge.Dispose();
        index.Dispose();
    }
}
