import { describe, expect, it } from 'vitest';
import { anchor } from './anchor';
import { describeRange } from './describeRange';
import { syntheticArticle } from './measureAnchoring';

// Generated text with a small vocabulary, so look-alike passages are everywhere: the harshest
// setting for "never move a highlight to the wrong place".
const TEXT = syntheticArticle(1500, 5);
const WORDS = [...TEXT.matchAll(/\S+/g)];

function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const rand = prng(11);
const highlights = Array.from({ length: 60 }, () => {
  const first = Math.floor(rand() * (WORDS.length - 30));
  const last = WORDS[first + 5 + Math.floor(rand() * 20)];
  const start = WORDS[first]?.index ?? 0;
  const end = (last?.index ?? 0) + (last?.[0].length ?? 0);
  return { start, end, selectors: describeRange(TEXT, start, end) };
});

function overlap(a: { start?: number; end?: number }, start: number, end: number): number {
  if (a.start === undefined || a.end === undefined) return 0;
  return Math.max(0, Math.min(a.end, end) - Math.max(a.start, start)) / (end - start);
}

describe('anchor on generated text full of look-alikes', () => {
  it('follows every highlight exactly when text is inserted elsewhere', () => {
    for (const { start, end, selectors } of highlights) {
      const at = rand() < 0.5 ? Math.floor(rand() * start) : end + Math.floor(rand() * (TEXT.length - end));
      const insert = ' Some words were inserted here. ';
      const result = anchor(TEXT.slice(0, at) + insert + TEXT.slice(at), selectors);
      const shift = at <= start ? insert.length : 0;
      expect(result).toMatchObject({ status: 'exact', start: start + shift, end: end + shift });
    }
  });

  it('re-finds a quote with one word replaced in place, and nowhere else', () => {
    let fuzzy = 0;
    for (const { start, end, selectors } of highlights) {
      const words = [...selectors.quote.exact.matchAll(/\b[a-z]{3,}\b/g)];
      const word = words[Math.floor(rand() * words.length)];
      if (!word) continue;
      const at = start + word.index;
      const edited = `${TEXT.slice(0, at)}zebra${TEXT.slice(at + word[0].length)}`;
      const result = anchor(edited, selectors);
      const newEnd = end - word[0].length + 'zebra'.length;
      if (result.status !== 'orphan') expect(overlap(result, start, newEnd)).toBeGreaterThan(0.8);
      if (result.status === 'fuzzy') fuzzy++;
    }
    expect(fuzzy).toBeGreaterThan(40);
  });

  it('orphans a deleted passage unless the very same words occur elsewhere', () => {
    for (const { start, end, selectors } of highlights) {
      const edited = TEXT.slice(0, start) + TEXT.slice(end);
      const result = anchor(edited, selectors);
      if (!edited.includes(selectors.quote.exact)) expect(result.status).toBe('orphan');
    }
  });
});
