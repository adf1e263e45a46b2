using System.Text.RegularExpressions;
using GeneBot.Knowledge.Semantic;

namespace GeneBot.Knowledge.Tests.Support;

/// <summary>
/// A stand-in for an embedding model whose notion of meaning the test spells out: each concept is a dimension, and a
/// text's vector counts the words it uses of each concept (normalised to unit length). It records what it embedded.
/// </summary>
public sealed partial class ConceptEmbedder(string model, params string[][] concepts) : ITextEmbedder
{
    private readonly List<string> passages = [];
    private readonly List<string> questions = [];

    public string Model { get; } = model;
    public IReadOnlyList<string> Passages => passages;
    public IReadOnlyList<string> Questions => questions;

    public float[] EmbedQuestion(string question)
    {
        questions.Add(question);
        return Embed(question);
    }

    public IReadOnlyList<float[]> EmbedPassages(IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
    {
        passages.AddRange(texts);
        return texts.Select(Embed).ToArray();
    }

    private float[] Embed(string text)
    {
        var words = Words().Matches(text.ToLowerInvariant()).Select(m => m.Value).ToArray();
        var vector = concepts.Select(concept => (float)words.Count(concept.Contains)).ToArray();
        var length = MathF.Sqrt(vector.Sum(v => v * v));
        return length == 0 ? vector : vector.Select(v => v / length).ToArray();
    }

    [GeneratedRegex(@"[a-z0-9]+")]
    private static partial Regex Words();
}
