using System.ComponentModel.DataAnnotations;

namespace GeneBot.Knowledge;

/// <summary>Where the corpus and the index live, and how answers are ranked and cut off.</summary>
public sealed class KnowledgeOptions
{
    public const string SectionName = "Knowledge";

    /// <summary>The corpus folder (holding articles/, faq/, synonyms.txt). Relative paths resolve against the working directory, then the app's folder and its parents.</summary>
    [Required]
    public string CorpusPath { get; set; } = "corpus";

    /// <summary>The Lucene index folder.</summary>
    [Required]
    public string IndexPath { get; set; } = "data/index";

    /// <summary>Where full articles are published (e.g. a repository's corpus/articles/ URL). Citations link to {ArticleBaseUrl}{id}.md#{anchor}; empty means no link unless the article sets <c>url</c>.</summary>
    public string? ArticleBaseUrl { get; set; }

    /// <summary>How many citations an answer carries by default.</summary>
    [Range(1, 10)]
    public int Top { get; set; } = 3;

    /// <summary>Answers whose confidence is below this abstain. Chosen on eval/questions.jsonl (see docs/BENCHMARKS.md).</summary>
    [Range(0.0, 1.0)]
    public double AbstainThreshold { get; set; } = 0.33;

    /// <summary>
    /// Semantic re-ranking: passages get vectors from an embedding model shipped with GeneBot (snowflake-arctic-embed-xs)
    /// and the best candidates are re-ordered by their similarity to the question as well as by their words. Off by
    /// default: it lifts ranking quality (docs/BENCHMARKS.md) but costs a slower index build, a few milliseconds per
    /// question and a few hundred MB of memory.
    /// </summary>
    public bool Semantic { get; set; }

    /// <summary>With <see cref="Semantic"/>: the similarity's share of the fused score (0 = words only, 1 = similarity only).</summary>
    [Range(0.0, 1.0)]
    public double SemanticWeight { get; set; } = GeneBot.Knowledge.Semantic.SemanticRanking.DefaultWeight;
}
