using System.Text.Json.Serialization;

namespace GeneBot.Knowledge.Evaluation.Beir;

/// <summary>The JSON form of <see cref="BeirReport"/>: one object with the five fields the issue names.</summary>
[JsonSerializable(typeof(BeirReport))]
public sealed partial class BeirJsonContext : JsonSerializerContext;
