/**
 * Where a query's time goes as the notebook grows, without writing a notebook to disk: builds
 * an in-memory index of N generated sources (Zipf-distributed words, as real prose has) plus
 * their highlights, then times each query kind. `npx tsx scripts/bench/searchScale.ts 10000 100000`
 * prints one JSON line per size. Figures are wall times in this process: compare runs made at
 * the same load only (print `uptime` beside them).
 */
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { MemoryIndex, type SearchDoc, type SearchFilters } from '../../shared/search';
import { parseQuery } from '../../shared/search/parseQuery';
import { QueryEvaluator } from '../../shared/search/queryEvaluator';
import { rankMatches } from '../../shared/search/rankMatches';
import { rankMatchesReference } from '../../shared/search/rankMatchesReference';
import { resolveClauses } from '../../shared/search/resolveClauses';
import { rng } from '../../shared/testing/rng';
import { NAMES } from './corpus';
import { percentile, round } from './measure';

// Frequent words first: rank r is drawn with probability ∝ 1 / (r + 2.7) (Zipf–Mandelbrot).
const COMMON = (
  'the of and to a in that is was he for it with as his on be at by had are but from or have an they ' +
  'which one you were her all she there would their we him been has when who will more no if out so said ' +
  'council harbour minister police report budget court market witness price energy mayor company ministry ' +
  'hospital investors spokesman statement inquiry border evidence ceasefire'
).split(' ');
const SYLLABLES = 'ka lo mi ne ra to su vi de pa ri no ha ve lu ma te si ko ba'.split(' ');

function vocabulary(size: number): string[] {
  const words = [...COMMON];
  const seen = new Set(words);
  const next = rng(7);
  while (words.length < size) {
    const n = 2 + Math.floor(next() * 3);
    let w = '';
    for (let i = 0; i < n; i++) w += SYLLABLES[Math.floor(next() * SYLLABLES.length)];
    if (!seen.has(w)) {
      seen.add(w);
      words.push(w);
    }
  }
  return words;
}

/** A sampler of words by Zipf rank; one cumulative table and a binary search per draw. */
function zipf(words: string[], next: () => number): () => string {
  const cumulative = new Float64Array(words.length);
  let sum = 0;
  words.forEach((_, r) => (cumulative[r] = sum += 1 / (r + 2.7)));
  return () => {
    const x = next() * sum;
    let lo = 0;
    let hi = words.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] ?? 0) < x) lo = mid + 1;
      else hi = mid;
    }
    return words[lo] ?? 'the';
  };
}

/** Sources of ~300 words and `perSource` highlights each, all seeded. */
export function scaleDocs(sources: number, perSource: number): SearchDoc[] {
  const next = rng(sources);
  const word = zipf(vocabulary(30_000), next);
  const text = (n: number): string => Array.from({ length: n }, word).join(' ');
  const docs: SearchDoc[] = [];
  for (let i = 0; i < sources; i++) {
    const name = NAMES[i % NAMES.length] ?? '';
    const body = `${text(150)} ${i % 3 === 0 ? name : ''} ${text(150)}`;
    docs.push({
      id: `s${i}`,
      kind: 'source',
      title: text(8),
      fields: { body, meta: `${name} site${i % 40}.example`, names: i % 3 === 0 ? name : '' },
      filters: { site: `site${i % 40}.example`, date: `20${10 + (i % 15)}-01-01`, tags: [`t${i % 13}`] },
    });
    for (let h = 0; h < perSource; h++) {
      docs.push({
        id: `h${i}-${h}`,
        kind: 'highlight',
        sourceId: `s${i}`,
        title: text(20),
        fields: {},
        filters: {},
      });
    }
  }
  return docs;
}

export const SCALE_QUERIES: Record<string, { query: string; filters?: SearchFilters }[]> = {
  common_word: ['the', 'said', 'harbour', 'council'].map((query) => ({ query })),
  two_words: ['council budget', 'police witness', 'the minister', 'energy price'].map((query) => ({ query })),
  phrase: ['"of the"', '"the minister"', '"mara quist"', '"energy price"'].map((query) => ({ query })),
  prefix: ['minis*', 'ha*', 'co*', 'sp*'].map((query) => ({ query })),
  filters: [
    { query: 'harbour', filters: { site: 'site3.example' } },
    { query: 'council budget', filters: { kinds: ['source'], tags: ['t4'] } },
    { query: 'the', filters: { dateFrom: '2015-01-01', dateTo: '2016-12-31' } },
    { query: 'minister', filters: { kinds: ['highlight'] } },
  ],
};

function measure(index: MemoryIndex, rounds: number): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [kind, queries] of Object.entries(SCALE_QUERIES)) {
    const times: number[] = [];
    for (let r = 0; r < rounds; r++) {
      for (const { query, filters } of queries) {
        const start = performance.now();
        index.search(query, filters ?? {}, 10);
        times.push(performance.now() - start);
      }
    }
    out[`${kind}_p95_ms`] = round(percentile(times, 95));
    out[`${kind}_median_ms`] = round(percentile(times, 50));
  }
  return out;
}

/**
 * The ranking alone (no snippets), the plain way and the pruned way alternately on the same
 * index, so both see the same load: `--ab` prints `<kind>_plain_median_ms` and `<kind>_pruned_median_ms`.
 */
function measureAB(index: MemoryIndex, rounds: number): Record<string, number> {
  // Private members, read on purpose: the plain ranking must read the very same postings.
  const plain = new QueryEvaluator(index.docs, index['postingsOf'], Infinity);
  const pruned = index['evaluator'];
  const out: Record<string, number> = {};
  for (const [kind, queries] of Object.entries(SCALE_QUERIES)) {
    const times: [number[], number[]] = [[], []];
    for (let r = 0; r < rounds; r++) {
      for (const { query, filters } of queries) {
        const resolved = resolveClauses(parseQuery(query), index.vocab, index.docs.aliveCount);
        let start = performance.now();
        rankMatchesReference(plain, index.docs, resolved, filters ?? {}, 10);
        times[0].push(performance.now() - start);
        start = performance.now();
        rankMatches(pruned, index.docs, resolved, filters ?? {}, 10);
        times[1].push(performance.now() - start);
      }
    }
    out[`${kind}_plain_median_ms`] = round(percentile(times[0], 50));
    out[`${kind}_pruned_median_ms`] = round(percentile(times[1], 50));
    out[`${kind}_plain_p95_ms`] = round(percentile(times[0], 95));
    out[`${kind}_pruned_p95_ms`] = round(percentile(times[1], 95));
  }
  return out;
}

function main(): void {
  const sizes = process.argv.slice(2).map(Number).filter(Boolean);
  const ab = process.argv.includes('--ab');
  for (const sources of sizes.length ? sizes : [10_000, 100_000]) {
    const start = performance.now();
    const index = new MemoryIndex();
    for (const doc of scaleDocs(sources, 2)) index.add(doc);
    const buildMs = performance.now() - start;
    const run = ab ? measureAB : measure;
    run(index, 2); // warm-up: JIT and lazily built tables
    const figures = run(index, 10);
    const load = round(loadavg()[0] ?? 0);
    console.log(
      JSON.stringify({ sources, docs: index.size, buildMs: Math.round(buildMs), load, ...figures }),
    );
  }
}

if (process.argv[1]?.endsWith('searchScale.ts')) main();
