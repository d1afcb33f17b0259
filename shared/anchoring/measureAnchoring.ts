import { anchor } from './anchor';
import { describeRange } from './describeRange';
import type { AnchorResult, HighlightSelectors } from './types';

const WORDS = (
  'the council harbour plan said budget ministry report vote week river bridge school road members ' +
  'residents agreed approved rejected later however under over before after a an of in on for with ' +
  'and but not new old local regional national spokesperson figures showed that this those would could'
).split(' ');

/** Deterministic pseudo-article of `wordCount` words, with numbers and sentence breaks, for timing. */
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

/**
 * Times the two figures the anchoring budget is stated in, with a clock passed in (this module
 * may not touch Node or DOM timers): 1,000 highlights on an unchanged 20,000-word text, and one
 * fuzzy re-anchoring in that text after a word inside the quote was replaced.
 */
export function measureAnchoring(now: () => number): {
  textLength: number;
  unchangedMs: number;
  unchangedExact: number;
  fuzzyMs: number;
  fuzzy: AnchorResult;
} {
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
  const edited = text.slice(0, middle) + ' unexpectedly' + text.slice(middle, end) + text.slice(end);
  anchor(edited + ' ', { quote: target.quote }); // warm the code paths once, on a different text
  t0 = now();
  const fuzzy = anchor(edited, { quote: target.quote });
  const fuzzyMs = now() - t0;
  return {
    textLength: text.length,
    unchangedMs,
    unchangedExact: results.filter((r) => r.status === 'exact').length,
    fuzzyMs,
    fuzzy,
  };
}
