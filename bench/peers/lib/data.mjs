// Reads a BEIR collection: corpus.jsonl, queries.jsonl and qrels/<split>.tsv (header skipped).
// Only queries with a relevant judgment (grade >= 1) in the split are kept, as GeneBot's evaluation keeps them.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

function jsonLines(path) {
  return readFileSync(path, 'utf8').split('\n').filter((line) => line.trim().length > 0).map((line) => JSON.parse(line));
}

export function readQrels(path) {
  const qrels = new Map();
  readFileSync(path, 'utf8').split('\n').forEach((line, number) => {
    const cells = line.replace(/\r$/, '').split('\t');
    if (cells.length !== 3 || (number === 0 && !/^-?\d+$/.test(cells[2]))) return;
    if (!qrels.has(cells[0])) qrels.set(cells[0], new Map());
    qrels.get(cells[0]).set(cells[1], Number.parseInt(cells[2], 10));
  });
  return qrels;
}

export function loadCollection(dir, split) {
  const documents = jsonLines(join(dir, 'corpus.jsonl')).map((d) => ({
    id: String(d._id),
    title: d.title ?? '',
    text: d.text ?? '',
    section: d.metadata?.qtype ?? '',
  }));
  const allQueries = jsonLines(join(dir, 'queries.jsonl')).map((q) => ({ id: String(q._id), text: q.text ?? '' }));
  const qrelsPath = split ? join(dir, 'qrels', `${split}.tsv`) : null;
  if (!qrelsPath || !existsSync(qrelsPath)) return { documents, queries: allQueries, judgments: null };
  const judgments = readQrels(qrelsPath);
  const queries = allQueries.filter((q) => [...(judgments.get(q.id)?.values() ?? [])].some((g) => g > 0));
  return { documents, queries, judgments };
}
