import { describe, expect, it } from 'vitest';
import { rng } from '../testing/rng';
import { MemoryIndex } from './memoryIndex';
import { parseQuery } from './parseQuery';
import { QueryEvaluator } from './queryEvaluator';
import { rankMatches } from './rankMatches';
import { rankMatchesReference } from './rankMatchesReference';
import { resolveClauses } from './resolveClauses';
import { searchKinds, type SearchDoc, type SearchFilters } from './types';

// A small vocabulary, so words collide often, lists are long and scores tie; the last words
// are rare (drawn from a tenth of the picks), so some clauses have few candidates.
const WORDS = 'harbour harbor council budget mayor strike port police minister ministry the of'.split(' ');
const RARE = 'quist ferry envoy'.split(' ');

function corpusDoc(i: number, next: () => number): SearchDoc {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const text = (max: number): string =>
    Array.from({ length: Math.floor(next() * max) }, () => pick(WORDS)).join(' ');
  return {
    id: `d${i}`,
    kind: pick(searchKinds),
    ...(next() < 0.5 ? { sourceId: `d${Math.floor(next() * 40)}` } : {}),
    title: text(6),
    fields: { body: text(40), meta: text(3), names: text(2) },
    filters: {
      site: pick(['a.example', 'B.example']),
      ...(next() < 0.8
        ? {
            date: `2024-0${1 + Math.floor(next() * 9)}-1${Math.floor(next() * 9)}${next() < 0.3 ? 'T10:00:00Z' : ''}`,
          }
        : {}),
      tags: next() < 0.5 ? [pick(['x', 'Y', 'z'])] : [],
      hasHighlights: next() < 0.3,
    },
  };
}

function randomQuery(next: () => number): string {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const clause = (): string => {
    const roll = next();
    if (roll < 0.15) return `"${pick(WORDS)} ${pick(WORDS)}"`;
    if (roll < 0.3) return `${pick(WORDS).slice(0, 1 + Math.floor(next() * 4))}*`;
    if (roll < 0.4) return `-${pick(WORDS)}`;
    if (roll < 0.45) return 'ministre'; // a typo
    return next() < 0.2 ? pick(RARE) : pick(WORDS);
  };
  return Array.from({ length: 1 + Math.floor(next() * 3) }, clause).join(' ');
}

function randomFilters(next: () => number): SearchFilters {
  const roll = next();
  if (roll < 0.5) return {};
  if (roll < 0.6) return { kinds: ['source', 'note'] };
  if (roll < 0.7) return { site: 'b.example', tags: ['y'] };
  if (roll < 0.75) return { dateFrom: '2024-03-01', dateTo: '2024-06' };
  if (roll < 0.8) return { dateTo: '2024-05-15' };
  if (roll < 0.9) return { sourceId: 'd3', hasHighlights: false };
  return { kinds: ['highlight'], hasHighlights: true };
}

/** A seeded index: a segment, documents added after it, some replaced and some removed. */
async function randomIndex(seed: number): Promise<MemoryIndex> {
  const next = rng(seed);
  const first = new MemoryIndex();
  for (let i = 0; i < 300; i++) first.add(corpusDoc(i, next));
  const index = new MemoryIndex(await first.snapshot());
  for (let i = 300; i < 450; i++) index.add(corpusDoc(i, next));
  for (let i = 0; i < 60; i++) index.add(corpusDoc(Math.floor(next() * 450), next));
  for (let i = 0; i < 40; i++) index.remove(`d${Math.floor(next() * 450)}`);
  return index;
}

describe('rankMatches', () => {
  it('returns exactly what the full ranking returns, on many seeded queries', async () => {
    for (const seed of [1, 2, 3]) {
      const index = await randomIndex(seed);
      const next = rng(seed * 101);
      // Private members, read on purpose: the rankings must read the very same postings.
      const postings = index['postingsOf'];
      const plain = new QueryEvaluator(index.docs, postings, Infinity);
      const evaluators = [index['evaluator'], new QueryEvaluator(index.docs, postings, 0)];
      for (let q = 0; q < 300; q++) {
        // Lists grow between queries, so skip tables built earlier must follow them.
        if (q % 100 === 99) for (let i = 0; i < 20; i++) index.add(corpusDoc(450 + q + i, next));
        const text = randomQuery(next);
        const filters = randomFilters(next);
        const limit = [0, 1, 3, 10][q % 4] ?? 10;
        const resolved = resolveClauses(parseQuery(text), index.vocab, index.docs.aliveCount);
        const want = rankMatchesReference(plain, index.docs, resolved, filters, limit);
        for (const evaluator of evaluators) {
          const got = rankMatches(evaluator, index.docs, resolved, filters, limit);
          expect({ text, filters, docs: got.docs, scores: got.scores, totals: got.totals }).toEqual({
            text,
            filters,
            ...want,
          });
        }
      }
    }
  });

  it('finds matches in the random corpus, so the comparison is not vacuous', async () => {
    const index = await randomIndex(1);
    const result = index.search('harbour council', {}, 3);
    expect(result.total).toBeGreaterThan(20);
    expect(result.groups.flatMap((g) => g.hits).length).toBeGreaterThan(3);
  });
});
