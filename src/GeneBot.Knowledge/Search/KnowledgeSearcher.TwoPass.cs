using GeneBot.Knowledge.Indexing;
using GeneBot.Knowledge.Semantic;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace GeneBot.Knowledge.Search;

/// <summary>
/// Searching in two passes. The full query (each word as a dis-max over title, section and body, its exact form, word
/// pairs as sloppy phrases, heading kinds) costs most on large indexes, where common words match tens of thousands of
/// passages. So a plain OR of the same words over title, section and body first picks the best
/// <see cref="RankingSettings.CandidateDepth"/> candidates by BM25, and only those are scored by the full query.
/// </summary>
public sealed partial class KnowledgeSearcher
{
    /// <param name="semanticText">With semantic re-ranking, the text the passages' similarity is measured to; else null.</param>
    private TopDocs TwoPass(IndexSearcher searcher, Query query, int maxHits, string? semanticText)
    {
        var fuse = semantic is not null && semanticText is not null;
        var wanted = fuse ? Math.Max(maxHits, SemanticRanking.Depth) : maxHits;
        var depth = Settings.CandidateDepth;
        TopDocs ranked;
        if (depth <= 0)
        {
            ranked = searcher.Search(query, wanted);
        }
        else
        {
            depth = Math.Max(depth, wanted);
            var candidates = searcher.Search(Candidates(query, searcher.IndexReader, Settings.CandidateCommonShare, depth), depth);
            ranked = Rescore(searcher, candidates, query, wanted);
        }
        return fuse ? Fuse(searcher, ranked, semanticText!, maxHits) : ranked;
    }

    /// <summary>
    /// Every word of the full query on the fields it searches, except the exact (unstemmed) twin, as one OR. Words in
    /// more than <paramref name="commonShare"/> of the passages are left to the second pass when the rarer words alone
    /// match enough passages to fill the <paramref name="depth"/> candidates: common words weigh little in BM25 but their
    /// long posting lists are most of the cost of an OR at scale.
    /// </summary>
    private static Query Candidates(Query query, IndexReader reader, float commonShare, int depth)
    {
        var terms = new HashSet<Term>();
        query.ExtractTerms(terms);
        terms.RemoveWhere(t => t.Field == IndexFields.Exact);
        var frequencies = terms.ToDictionary(t => t, reader.DocFreq);
        var limit = commonShare * reader.NumDocs;
        var rare = terms.Where(t => frequencies[t] <= limit).ToArray();
        var chosen = rare.Sum(t => (long)frequencies[t]) >= depth ? rare : terms.ToArray();
        var candidates = new BooleanQuery(disableCoord: true);
        foreach (var term in chosen.Take(BooleanQuery.MaxClauseCount))
            candidates.Add(new TermQuery(term), Occur.SHOULD);
        return candidates;
    }

    /// <summary>Ranks the candidates by the full query's score alone (best first; equal scores by index order, as Lucene does).</summary>
    private static TopDocs Rescore(IndexSearcher searcher, TopDocs candidates, Query query, int maxHits)
    {
        var weight = searcher.CreateNormalizedWeight(query);
        var leaves = searcher.IndexReader.Leaves;
        var scored = new List<ScoreDoc>(candidates.ScoreDocs.Length);
        var (leafIndex, docBase, endDoc) = (-1, 0, 0);
        Scorer? scorer = null;
        foreach (var hit in candidates.ScoreDocs.OrderBy(h => h.Doc))
        {
            while (hit.Doc >= endDoc)
            {
                var leaf = leaves[++leafIndex];
                (docBase, endDoc) = (leaf.DocBase, leaf.DocBase + leaf.AtomicReader.MaxDoc);
                scorer = weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs);
            }
            if (scorer is null)
                continue;
            var target = hit.Doc - docBase;
            var at = scorer.DocID < target ? scorer.Advance(target) : scorer.DocID;
            if (at == target)
                scored.Add(new ScoreDoc(hit.Doc, scorer.GetScore()));
        }
        var top = scored.OrderByDescending(h => h.Score).ThenBy(h => h.Doc).Take(maxHits).ToArray();
        return new TopDocs(scored.Count, top, top.Length == 0 ? float.NaN : top[0].Score);
    }
}
