import { segmentWords } from '../../shared/text/segmentWords';

export interface WordScore {
  /** Words of the output that are also in the expected text (multiset overlap). */
  overlap: number;
  produced: number;
  expected: number;
}

function counts(words: readonly string[]): Map<string, number> {
  const map = new Map<string, number>();
  for (const w of words) map.set(w, (map.get(w) ?? 0) + 1);
  return map;
}

/**
 * Bag-of-words comparison: every word (a character in Chinese, Japanese and Thai) counts as
 * often as it occurs, order is ignored. Simpler than shingles and blind to reordering, which
 * extractors rarely do; it punishes both missing paragraphs and kept furniture.
 */
export function scoreWords(produced: string, expected: string): WordScore {
  const out = segmentWords(produced);
  const want = counts(segmentWords(expected));
  let overlap = 0;
  for (const [word, n] of counts(out)) overlap += Math.min(n, want.get(word) ?? 0);
  const expectedTotal = [...want.values()].reduce((a, b) => a + b, 0);
  return { overlap, produced: out.length, expected: expectedTotal };
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

export function prf(s: WordScore): Prf {
  const precision = s.produced === 0 ? 0 : s.overlap / s.produced;
  const recall = s.expected === 0 ? 1 : s.overlap / s.expected;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** Scores summed over pages (micro average): long pages weigh more. */
export function pool(scores: readonly WordScore[]): WordScore {
  return scores.reduce(
    (a, s) => ({
      overlap: a.overlap + s.overlap,
      produced: a.produced + s.produced,
      expected: a.expected + s.expected,
    }),
    { overlap: 0, produced: 0, expected: 0 },
  );
}

export interface SnippetScore {
  withFound: number;
  withTotal: number;
  withoutFound: number;
  withoutTotal: number;
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** trafilatura's benchmark: snippets the article must contain ("with") and must not ("without"). */
export function scoreSnippets(produced: string, withSnippets: string[], without: string[]): SnippetScore {
  const text = squash(produced);
  const has = (s: string) => text.includes(squash(s));
  return {
    withFound: withSnippets.filter(has).length,
    withTotal: withSnippets.length,
    withoutFound: without.filter(has).length,
    withoutTotal: without.length,
  };
}

/** Precision and recall as trafilatura computes them: kept "with" snippets are true positives. */
export function snippetPrf(scores: readonly SnippetScore[]): Prf & { withoutAbsent: number } {
  const sum = (k: keyof SnippetScore) => scores.reduce((n, s) => n + s[k], 0);
  const tp = sum('withFound');
  const fn = sum('withTotal') - tp;
  const fp = sum('withoutFound');
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, withoutAbsent: 1 - fp / Math.max(1, sum('withoutTotal')) };
}
