using GeneBot.Knowledge.Corpus;

namespace GeneBot.Storage;

/// <summary>A stored FAQ entry that wins over the corpus default with its key; a null <see cref="Entry"/> hides the default.</summary>
public sealed record FaqOverride(string Key, FaqEntry? Entry);
