namespace GeneBot.Knowledge.Semantic;

/// <summary>
/// Turns text into unit-length vectors whose dot product says how close two texts are in meaning. Questions and
/// passages are embedded differently (retrieval models prefix the question with an instruction).
/// </summary>
public interface ITextEmbedder
{
    /// <summary>Names the model; an index built with another model's vectors is rebuilt.</summary>
    string Model { get; }

    float[] EmbedQuestion(string question);

    /// <summary>One vector per text, in order.</summary>
    IReadOnlyList<float[]> EmbedPassages(IReadOnlyList<string> texts, CancellationToken cancellationToken = default);
}
