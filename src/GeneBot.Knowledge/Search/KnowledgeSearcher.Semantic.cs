using GeneBot.Knowledge.Indexing;
using GeneBot.Knowledge.Semantic;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace GeneBot.Knowledge.Search;

/// <summary>
/// Semantic re-ranking: the best <see cref="SemanticRanking.Depth"/> passages of GeneBot's own ranking are re-ordered
/// by <see cref="ScoreFusion"/> of their scores with the question's similarity to each (vectors stored in the index);
/// any further hits follow in their own order, below the fused ones. An index without vectors is ranked as without
/// the option.
/// </summary>
public sealed partial class KnowledgeSearcher
{
    private TopDocs Fuse(IndexSearcher searcher, TopDocs ranked, string question, int maxHits)
    {
        var head = ranked.ScoreDocs.Take(SemanticRanking.Depth).ToArray();
        var similarity = head.Length < 2 ? null : Similarities(searcher.IndexReader, head, question);
        if (similarity is null)
            return Take(ranked, maxHits);
        var fused = ScoreFusion.Fuse(head.Select(h => h.Score).ToArray(), similarity, semantic!.Weight);
        var tail = ranked.ScoreDocs.Skip(head.Length).ToArray();
        // Keep the fused block above the rest: shift it (order unchanged) when its lowest falls below the tail's best.
        var lift = tail.Length == 0 ? 0 : Math.Max(0, tail[0].Score - fused.Min() + 1e-3f);
        var order = head.Select((h, i) => new ScoreDoc(h.Doc, fused[i] + lift))
            .OrderByDescending(h => h.Score).ThenBy(h => h.Doc)
            .Concat(tail)
            .Take(maxHits)
            .ToArray();
        return new TopDocs(ranked.TotalHits, order, order.Length == 0 ? float.NaN : order[0].Score);
    }

    /// <summary>The question's similarity to each hit, or null when a hit has no vector (an index built without the option).</summary>
    private float[]? Similarities(IndexReader reader, ScoreDoc[] hits, string question)
    {
        var leaves = reader.Leaves;
        var values = new BinaryDocValues?[leaves.Count];
        var bytes = new BytesRef();
        float[]? vector = null;
        var similarity = new float[hits.Length];
        for (var i = 0; i < hits.Length; i++)
        {
            var leaf = ReaderUtil.SubIndex(hits[i].Doc, leaves);
            var vectors = values[leaf] ??= leaves[leaf].AtomicReader.GetBinaryDocValues(IndexFields.Vector);
            if (vectors is null)
                return null;
            vectors.Get(hits[i].Doc - leaves[leaf].DocBase, bytes);
            if (bytes.Length == 0)
                return null;
            vector ??= semantic!.Embedder.EmbedQuestion(question);
            similarity[i] = PassageVectors.Dot(vector, PassageVectors.AsVector(bytes));
        }
        return similarity;
    }

    private static TopDocs Take(TopDocs ranked, int maxHits) =>
        ranked.ScoreDocs.Length <= maxHits ? ranked : new TopDocs(ranked.TotalHits, ranked.ScoreDocs.Take(maxHits).ToArray(), ranked.MaxScore);
}
