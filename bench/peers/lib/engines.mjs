// The three peers, each set up the way its README shows, over title + text. Each engine: build(documents) once,
// then search(text) -> [[id, score], ...] for every matching document it returns.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import bm25 from 'wink-bm25-text-search';
import nlp from 'wink-nlp-utils';
import MiniSearch from 'minisearch';
import lunr from 'lunr';
import { stemmer } from 'stemmer';

const modules = join(dirname(fileURLToPath(import.meta.url)), '..', 'node_modules');
const version = (name) => JSON.parse(readFileSync(join(modules, name, 'package.json'), 'utf8')).version;
const DEPTH = 1000;

function wink() {
  const engine = bm25();
  engine.defineConfig({ fldWeights: { title: 1, text: 1 } });
  engine.definePrepTasks([
    nlp.string.lowerCase,
    nlp.string.removeExtraSpaces,
    nlp.string.tokenize0,
    nlp.tokens.propagateNegations,
    nlp.tokens.removeWords,
    nlp.tokens.stem,
  ]);
  let ids = [];
  return {
    name: 'wink-bm25-text-search',
    version: version('wink-bm25-text-search'),
    build(documents) {
      ids = documents.map((d) => d.id);
      documents.forEach((d, i) => engine.addDoc({ title: d.title, text: d.text }, i));
      engine.consolidate();
    },
    search: (text) => engine.search(text, DEPTH).map(([i, s]) => [ids[i], s]),
  };
}

function minisearch() {
  const engine = new MiniSearch({
    fields: ['title', 'text'],
    storeFields: [],
    processTerm: (term) => stemmer(term.toLowerCase()),
  });
  return {
    name: 'minisearch',
    version: `${version('minisearch')} + stemmer ${version('stemmer')} (Porter)`,
    build(documents) {
      engine.addAll(documents.map((d) => ({ id: d.id, title: d.title, text: d.text })));
    },
    search: (text) => engine.search(text).map((r) => [r.id, r.score]),
  };
}

function lunrEngine() {
  let index = null;
  return {
    name: 'lunr',
    version: version('lunr'),
    build(documents) {
      index = lunr(function build() {
        this.ref('id');
        this.field('title');
        this.field('text');
        documents.forEach((d) => this.add({ id: d.id, title: d.title, text: d.text }));
      });
    },
    // The query's words as optional terms through lunr's own tokenizer and trimmer (its query syntax would throw on
    // ":" or "~" in a claim); the search pipeline stems them as the index did.
    search(text) {
      const tokens = lunr.tokenizer(text).map((t) => lunr.trimmer(t)).map((t) => t.toString().replace(/\*/g, ''))
        .filter((t) => t.length > 0);
      return index.query((q) => q.term(tokens, { presence: lunr.Query.presence.OPTIONAL })).map((r) => [r.ref, r.score]);
    },
  };
}

export const engines = { 'wink-bm25-text-search': wink, minisearch, lunr: lunrEngine };
