// node bench/peers/report.mjs RESULTS_DIR: turns the JSON lines bench/run.sh collected into one markdown comparison.
//   RESULTS_DIR/quality.jsonl  one object per engine and collection: ndcg@10, recall@100, mrr@10, queries, qps
//   RESULTS_DIR/scale.json     GeneBot's scale harness report (bench/GeneBot.Benchmarks scale)
//   RESULTS_DIR/scale-peers.jsonl  the peers' query throughput on the same scale corpus
//   RESULTS_DIR/scale-semantic.json  the scale harness with semantic re-ranking (bench/run.sh --semantic)
//   RESULTS_DIR/e2e.json       the FakeDiscord end-to-end latency (bench/GeneBot.Benchmarks e2e)
//   RESULTS_DIR/micro.md       the micro-benchmarks' table, with --micro
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2];
const lines = (name) => (existsSync(join(dir, name))
  ? readFileSync(join(dir, name), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l)) : []);
const f = (v, d = 4) => (typeof v === 'number' ? v.toFixed(d) : '–');
const out = [];

const quality = lines('quality.jsonl');
for (const collection of [...new Set(quality.map((q) => q.collection))]) {
  const rows = quality.filter((q) => q.collection === collection);
  const baseline = rows.find((r) => r.engine === 'GeneBot baseline (Lucene BM25 flat)');
  out.push(`### ${collection} (${rows[0].split}, ${rows[0].queries} judged queries)`, '');
  out.push('| engine | nDCG@10 | vs baseline | Recall@100 | MRR@10 | queries/s (1 thread) |', '|---|---:|---:|---:|---:|---:|');
  for (const r of rows) {
    const ratio = baseline ? `${(r['ndcg@10'] / baseline['ndcg@10']).toFixed(2)}×` : '';
    out.push(`| ${r.engine}${r.version ? ` ${r.version}` : ''} | ${f(r['ndcg@10'])} | ${ratio} | ${f(r['recall@100'])} | ${f(r['mrr@10'])} | ${f(r.qps, 0)} |`);
  }
  out.push('');
}

if (existsSync(join(dir, 'scale.json'))) {
  const scale = JSON.parse(readFileSync(join(dir, 'scale.json'), 'utf8'));
  const { build, serve } = scale;
  const peers = lines('scale-peers.jsonl');
  const minisearch = peers.find((p) => p.engine === 'minisearch');
  out.push(`### Speed at ${build.Passages.toLocaleString('en')} passages`, '');
  out.push('| measure | GeneBot | target |', '|---|---:|---:|');
  out.push(`| index build | ${f(build.PassagesPerSecond, 0)} passages/s, ${f(build.MegabytesPerSecond, 1)} MB/s | ≥ 5,000 passages/s |`);
  out.push(`| answer (search + compose), one thread | p50 ${f(serve.Answer.P50, 2)} ms, p95 ${f(serve.Answer.P95, 2)} ms, p99 ${f(serve.Answer.P99, 2)} ms | p99 ≤ 5 ms |`);
  out.push(`| search alone, one thread | p50 ${f(serve.Search.P50, 2)} ms, p95 ${f(serve.Search.P95, 2)} ms, p99 ${f(serve.Search.P99, 2)} ms | |`);
  out.push(`| answers/s | ${f(serve.AnswersPerSecondOneThread, 0)} on one thread, ${f(serve.AnswersPerSecondTwoThreads, 0)} on two | ≥ 5× MiniSearch |`);
  out.push(`| peak RSS, serving | ${f(serve.PeakRssMb, 0)} MB | ≤ 200 MB |`);
  out.push(`| start to ready, existing index (median of 5) | ${f(scale.readyMedianMs, 0)} ms | ≤ 1,500 ms |`, '');
  if (peers.length) {
    out.push('| engine, same corpus and questions | queries/s (1 thread) | GeneBot answers/s ÷ engine | index time | heap after indexing |', '|---|---:|---:|---:|---:|');
    out.push(`| GeneBot (answers: search + compose) | ${f(serve.AnswersPerSecondOneThread, 0)} | 1.0× | ${f(build.Seconds, 1)} s | ${f(serve.PeakRssMb, 0)} MB RSS |`);
    for (const p of peers) {
      out.push(`| ${p.engine} ${p.version} (search only, ${p.queries} of the questions) | ${f(p.qps, 1)} | ${(serve.AnswersPerSecondOneThread / p.qps).toFixed(1)}× | ${f(p.indexSeconds, 1)} s | ${p.heapMb} MB |`);
    }
    if (minisearch) out.push('', `GeneBot vs MiniSearch throughput: ${(serve.AnswersPerSecondOneThread / minisearch.qps).toFixed(1)}× (target ≥ 5×).`);
    out.push('');
  }
}
if (existsSync(join(dir, 'scale-semantic.json'))) {
  const { build, serve, readyMedianMs } = JSON.parse(readFileSync(join(dir, 'scale-semantic.json'), 'utf8'));
  out.push(`### With semantic re-ranking (Knowledge:Semantic) at ${build.Passages.toLocaleString('en')} passages`, '');
  out.push('| measure | GeneBot + semantic |', '|---|---:|');
  out.push(`| index build (embedding included) | ${f(build.PassagesPerSecond, 1)} passages/s |`);
  out.push(`| answer (search + embed the question + compose), one thread | p50 ${f(serve.Answer.P50, 2)} ms, p95 ${f(serve.Answer.P95, 2)} ms, p99 ${f(serve.Answer.P99, 2)} ms |`);
  out.push(`| answers/s | ${f(serve.AnswersPerSecondOneThread, 0)} on one thread, ${f(serve.AnswersPerSecondTwoThreads, 0)} on two |`);
  out.push(`| peak RSS, serving | ${f(serve.PeakRssMb, 0)} MB |`);
  out.push(`| start to ready, existing index (median of 5) | ${f(readyMedianMs, 0)} ms |`, '');
}
if (existsSync(join(dir, 'e2e.json'))) {
  const e2e = JSON.parse(readFileSync(join(dir, 'e2e.json'), 'utf8').trim().split('\n').pop());
  out.push('### End to end through FakeDiscord (bundled corpus)', '');
  out.push('| measure | value | target |', '|---|---:|---:|');
  out.push(`| mention sent → REST reply received, ${e2e.Rate}/s for ${e2e.Seconds} s (${e2e.Replied}/${e2e.Sent} answered) | p50 ${f(e2e.Latency.P50, 1)} ms, p95 ${f(e2e.Latency.P95, 1)} ms, p99 ${f(e2e.Latency.P99, 1)} ms | p99 ≤ 25 ms |`, '');
}
if (existsSync(join(dir, 'micro.md'))) out.push('### Micro-benchmarks (BenchmarkDotNet, short job)', '', readFileSync(join(dir, 'micro.md'), 'utf8'));
console.log(out.join('\n'));
