using GeneBot.Knowledge.Indexing;

namespace GeneBot.Features.Admin;

/// <summary>Whether a rebuild is running, and its last progress report.</summary>
public sealed record ReindexStatus(bool Running, IndexProgress Progress)
{
    public static readonly ReindexStatus Idle = new(false, default);

    public string Text => Progress.ArticlesTotal == 0
        ? "Reindexing: reading the corpus…"
        : $"Reindexing: {Progress.ArticlesDone}/{Progress.ArticlesTotal} articles, {Progress.Passages} passages so far…";
}
