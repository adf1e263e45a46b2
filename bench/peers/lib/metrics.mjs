// Metrics as trec_eval computes them (see src/GeneBot.Knowledge/Evaluation/RankingMetrics.cs): each run re-sorted by
// score (as a 32-bit float) descending, ties by document id descending; nDCG@10 with the grade as linear gain,
// Recall@100, reciprocal rank of the first relevant document in the top 10; averaged over every judged query.

export function trecOrder(run) {
  const seen = new Set();
  return run
    .filter(([id]) => (seen.has(id) ? false : seen.add(id)))
    .map(([id, score]) => [id, Math.fround(score)])
    .sort((a, b) => (b[1] - a[1]) || (a[0] < b[0] ? 1 : a[0] > b[0] ? -1 : 0))
    .map(([id]) => id);
}

function ndcgAt(ranked, judged, k) {
  let dcg = 0;
  ranked.slice(0, k).forEach((id, i) => {
    const gain = judged.get(id) ?? 0;
    if (gain > 0) dcg += gain / Math.log2(i + 2);
  });
  const ideal = [...judged.values()].filter((g) => g > 0).sort((a, b) => b - a).slice(0, k)
    .reduce((sum, g, i) => sum + g / Math.log2(i + 2), 0);
  return ideal === 0 ? 0 : dcg / ideal;
}

export function score(queries, judgments, runs) {
  let ndcg = 0; let recall = 0; let mrr = 0;
  queries.forEach((q, i) => {
    const judged = judgments.get(q.id);
    const ranked = runs[i];
    const relevant = [...judged].filter(([, g]) => g > 0).map(([id]) => id);
    ndcg += ndcgAt(ranked, judged, 10);
    const top100 = new Set(ranked.slice(0, 100));
    recall += relevant.filter((id) => top100.has(id)).length / relevant.length;
    const first = ranked.slice(0, 10).findIndex((id) => (judged.get(id) ?? 0) > 0);
    mrr += first < 0 ? 0 : 1 / (first + 1);
  });
  const n = Math.max(1, queries.length);
  return { 'ndcg@10': ndcg / n, 'recall@100': recall / n, 'mrr@10': mrr / n };
}
