import Database from 'better-sqlite3';
import MiniSearch from 'minisearch';
import { buildSnippet, parseQuery, tokenize, type SearchDoc } from '../../shared/search';

/**
 * The search peers of issue 17, fed the same documents and asked the same queries as our index.
 * Fairness, peer by peer:
 * - SQLite FTS5 (better-sqlite3): the same four fields, tokenised by `unicode61
 *   remove_diacritics 2`, which folds case and diacritics as our tokenizer does (the bench
 *   corpus is Latin script, where the two split words alike; ours also splits Han and kana per
 *   character). Ranked by bm25 with the title weighted up, as ours is; each query asks the
 *   total number of matches and the ten best with a snippet, as ours does (ours returns the
 *   ten best of every kind, i.e. more). The database is a file opened in the measuring process,
 *   memory-mapped with a cache big enough to hold it (SQLite's advice for read-mostly use).
 * - MiniSearch: our own tokenizer, so both see the same words; AND of the words, prefixes as
 *   asked; it has no phrases, so a phrase is asked as its words (less work than ours, which
 *   checks positions). Results counted, and snippets for the ten best made with our snippet
 *   builder, since MiniSearch keeps no text.
 * Exclusions and typo tolerance are left out of the compared mix (QUERIES has none).
 */

export interface Compiled {
  fts: string;
  words: string[];
  prefixes: Set<string>;
}

export function compile(query: string): Compiled {
  const clauses = parseQuery(query).clauses.filter((c) => !c.negated);
  const quote = (t: string) => `"${t.replace(/"/g, '""')}"`;
  const fts = clauses
    .map((c) => (c.type === 'phrase' ? quote(c.terms.join(' ')) : `${quote(c.term)}${c.prefix ? '*' : ''}`))
    .join(' AND ');
  const words = clauses.flatMap((c) => (c.type === 'phrase' ? c.terms : [c.term]));
  const prefixes = new Set(clauses.flatMap((c) => (c.type === 'term' && c.prefix ? [c.term] : [])));
  return { fts, words, prefixes };
}

const fieldsOf = (d: SearchDoc) => ({
  title: d.title,
  names: d.fields.names ?? '',
  meta: d.fields.meta ?? '',
  body: d.fields.body ?? '',
});

/** Writes the FTS5 database; returns how long the build took (ms). */
export function buildFts5(path: string, docs: readonly SearchDoc[]): number {
  const began = performance.now();
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.exec(
    `CREATE VIRTUAL TABLE docs USING fts5(id UNINDEXED, kind UNINDEXED, title, names, meta, body,
       tokenize = 'unicode61 remove_diacritics 2');
     INSERT INTO docs(docs, rank) VALUES ('rank', 'bm25(0, 0, 4, 2, 2, 1)');`,
  );
  const insert = db.prepare(
    'INSERT INTO docs (id, kind, title, names, meta, body) VALUES (@id, @kind, @title, @names, @meta, @body)',
  );
  db.transaction(() => {
    for (const d of docs) insert.run({ id: d.id, kind: d.kind, ...fieldsOf(d) });
  })();
  db.exec("INSERT INTO docs(docs) VALUES ('optimize')");
  db.close();
  return performance.now() - began;
}

export interface Peer {
  /** Runs one query; returns the number of matches. */
  search(query: string): number;
  close(): void;
}

export function openFts5(path: string): Peer {
  const db = new Database(path, { readonly: true });
  db.pragma('mmap_size = 1073741824');
  db.pragma('cache_size = -262144');
  const count = db.prepare('SELECT count(*) AS n FROM docs WHERE docs MATCH ?').pluck();
  const top = db.prepare(
    "SELECT id, snippet(docs, -1, '[', ']', '…', 16) AS snippet FROM docs WHERE docs MATCH ? ORDER BY rank LIMIT 10",
  );
  const compiled = new Map<string, string>();
  return {
    search(query) {
      const fts = compiled.get(query) ?? compile(query).fts;
      compiled.set(query, fts);
      const total = count.get(fts) as number;
      top.all(fts);
      return total;
    },
    close: () => db.close(),
  };
}

/** Builds MiniSearch over the same documents (in memory: it has no file of its own). */
export function buildMiniSearch(docs: readonly SearchDoc[]): { peer: Peer; buildMs: number } {
  const began = performance.now();
  const mini = new MiniSearch<{ id: number } & ReturnType<typeof fieldsOf>>({
    fields: ['title', 'names', 'meta', 'body'],
    tokenize: (text) => tokenize(text),
    processTerm: (term) => term,
    searchOptions: { boost: { title: 4, names: 2, meta: 2 }, combineWith: 'AND' },
  });
  mini.addAll(docs.map((d, id) => ({ id, ...fieldsOf(d) })));
  const buildMs = performance.now() - began;
  const texts = docs.map((d) => fieldsOf(d).body);
  const peer: Peer = {
    search(query) {
      const { words, prefixes } = compile(query);
      const hits = mini.search(words.join(' '), { prefix: (term) => prefixes.has(term) });
      const spec = { terms: new Map(words.map((w, i) => [w, i])), phrases: [], clauses: words.length };
      for (const hit of hits.slice(0, 10)) buildSnippet(texts[hit.id as number] ?? '', spec);
      return hits.length;
    },
    close: () => undefined,
  };
  return { peer, buildMs };
}
