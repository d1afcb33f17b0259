import { anchor } from './anchor';
import { describeRange } from './describeRange';
import type { AnchorResult, HighlightSelectors } from './types';

const WORDS = (
  'the council harbour plan said budget ministry report vote week river bridge school road members ' +
  'residents agreed approved rejected later however under over before after a an of in on for with ' +
  'and but not new old local regional national spokesperson figures showed that this those would could ' +
  'infrastructure investigation administration environmental construction committee announcement'
).split(' ');

/** Deterministic pseudo-article of `wordCount` words (about 6.5 units each), with numbers and paragraphs. */
export function syntheticArticle(wordCount: number, seed = 1): string {
  let s = seed >>> 0;
  const next = (): number => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
  const words: string[] = [];
  for (let i = 0; i < wordCount; i++) {
    const r = next();
    let word =
      r < 0.04 ? String(Math.floor(next() * 1000)) : (WORDS[Math.floor(next() * WORDS.length)] ?? 'the');
    if (i % 14 === 13) word += next() < 0.2 ? '.\n\n' : '.';
    words.push(word);
  }
  return words.join(' ').replace(/\n\n /g, '\n\n');
}

/** What `measureAnchoring` timed, in the clock's units (milliseconds for performance.now). */
export interface AnchoringMeasurement {
  textLength: number;
  /** 1,000 highlights re-anchored on their unchanged 20,000-word text. */
  unchangedMs: number;
  unchangedExact: number;
  /** One highlight whose quote had a word inserted, with its stored position (nearby search first). */
  fuzzyNearbyMs: number;
  /** The same without a stored position and on a text not seen before: whole-text search plus normalisation. */
  fuzzyColdMs: number;
  fuzzy: AnchorResult;
}

/**
 * Times the figures the anchoring budget is stated in, with a clock passed in (this module may
 * not touch Node or DOM timers). Timings are for reporting only; no test asserts them.
 */
export function measureAnchoring(now: () => number): AnchoringMeasurement {
  const text = syntheticArticle(20_000);
  const highlights: HighlightSelectors[] = [];
  for (let i = 0; i < 1000; i++) {
    const start = text.indexOf(' ', Math.floor((i * (text.length - 400)) / 1000)) + 1;
    const end = text.indexOf(' ', start + 40 + (i % 7) * 20);
    highlights.push(describeRange(text, start, end));
  }
  let t0 = now();
  const results = highlights.map((h) => anchor(text, h));
  const unchangedMs = now() - t0;

  const target = highlights[500] as HighlightSelectors;
  const { start, end } = target.position ?? { start: 0, end: 0 };
  const middle = text.indexOf(' ', start + 20);
  const edited = `${text.slice(0, middle)} unexpectedly${text.slice(middle, end)}${text.slice(end)}`;
  anchor(`${edited} `, { quote: target.quote }); // warm up the code paths on a different text
  t0 = now();
  const fuzzy = anchor(edited, { quote: target.quote });
  const fuzzyColdMs = now() - t0;
  t0 = now();
  anchor(edited, target);
  const fuzzyNearbyMs = now() - t0;
  return {
    textLength: text.length,
    unchangedMs,
    unchangedExact: results.filter((r) => r.status === 'exact').length,
    fuzzyNearbyMs,
    fuzzyColdMs,
    fuzzy,
  };
}
