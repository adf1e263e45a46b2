using GeneBot.Knowledge;
using GeneBot.Knowledge.Semantic;

namespace GeneBot.Semantic;

/// <summary>The embedder <see cref="KnowledgeOptions.Semantic"/> asks for: the shipped model when it is on, else none.</summary>
public static class Embedders
{
    public static ArcticEmbedder? For(KnowledgeOptions options) => options.Semantic ? new ArcticEmbedder() : null;
}
