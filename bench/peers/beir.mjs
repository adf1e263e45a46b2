// node --expose-gc bench/peers/beir.mjs --beir DIR [--split NAME] [--engines wink-bm25-text-search,minisearch,lunr]
//                            [--format text|json] [--max-queries N]
// Indexes a BEIR collection with each peer and prints the same metrics as `genebot eval --beir` (nDCG@10, Recall@100,
// MRR@10 over the judged queries of the split) plus queries/s on one thread, index time and heap (exact with
// --expose-gc). Without
// qrels/<split>.tsv it times all queries and prints no quality metrics (the 100k scale corpus).
import { performance } from 'node:perf_hooks';
import { basename } from 'node:path';
import { loadCollection } from './lib/data.mjs';
import { trecOrder, score } from './lib/metrics.mjs';
import { engines } from './lib/engines.mjs';

function parseArgs(argv) {
  const args = { engines: Object.keys(engines).join(','), format: 'text', split: '' };
  for (let i = 0; i < argv.length; i += 2) args[argv[i].replace(/^--/, '')] = argv[i + 1];
  if (!args.beir) throw new Error('usage: node beir.mjs --beir DIR [--split NAME] [--engines a,b] [--format text|json]');
  return args;
}

const args = parseArgs(process.argv.slice(2));
const collection = loadCollection(args.beir, args.split);
const { documents, judgments } = collection;
// --max-queries N takes N questions spread evenly over the set, so a sample keeps the set's mix of short and long ones.
const max = Number(args['max-queries'] ?? collection.queries.length);
const queries = max >= collection.queries.length
  ? collection.queries
  : Array.from({ length: max }, (_, i) => collection.queries[Math.floor((i * collection.queries.length) / max)]);

for (const name of args.engines.split(',')) {
  const engine = engines[name]();
  global.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const indexStart = performance.now();
  engine.build(documents);
  const indexSeconds = (performance.now() - indexStart) / 1000;
  global.gc?.();
  const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;

  // Only the library's search is timed; putting its results into trec_eval's order is the evaluation's work.
  const results = new Array(queries.length);
  const queryStart = performance.now();
  for (let i = 0; i < queries.length; i++) results[i] = engine.search(queries[i].text);
  const querySeconds = (performance.now() - queryStart) / 1000;
  const runs = results.map((r) => trecOrder(r).slice(0, 100));

  const metrics = judgments ? score(queries, judgments, runs) : {};
  const result = {
    engine: name,
    version: engine.version,
    collection: basename(args.beir.replace(/\/+$/, '')),
    split: judgments ? args.split : null,
    ...Object.fromEntries(Object.entries(metrics).map(([k, v]) => [k, Math.round(v * 1e4) / 1e4])),
    queries: queries.length,
    qps: Math.round((queries.length / querySeconds) * 10) / 10,
    documents: documents.length,
    indexSeconds: Math.round(indexSeconds * 100) / 100,
    heapMb: Math.round(heapMb),
  };
  if (args.format === 'json') {
    console.log(JSON.stringify(result));
  } else {
    const quality = judgments
      ? `nDCG@10 ${metrics['ndcg@10'].toFixed(4)}  Recall@100 ${metrics['recall@100'].toFixed(4)}  MRR@10 ${metrics['mrr@10'].toFixed(4)}  `
      : '';
    console.log(`${name} ${engine.version} on ${result.collection}: ${quality}${result.qps} queries/s (${queries.length} queries, one thread); indexed ${documents.length} documents in ${result.indexSeconds} s, heap +${result.heapMb} MB`);
  }
  global.gc?.();
}
