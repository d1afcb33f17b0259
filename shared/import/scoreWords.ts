import { segmentWords } from '../text/segmentWords';

/** Word-level agreement between an extracted body and the expected one. */
export interface WordScore {
  precision: number;
  recall: number;
  f1: number;
  /** Word counts: extracted, expected, and shared (bag of words, with multiplicity). */
  extracted: number;
  expected: number;
  common: number;
}

/**
 * Case-folded words with punctuation stripped; apostrophes vanish so "don't" and "dont" agree.
 * Chinese, Japanese and Thai count one word per character (see segmentWords).
 */
export function wordTokens(text: string): string[] {
  return segmentWords(text.replace(/['’`]/g, ''));
}

function bag(words: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
  return counts;
}

function finish(common: number, extracted: number, expected: number): WordScore {
  const precision = extracted === 0 ? (expected === 0 ? 1 : 0) : common / extracted;
  const recall = expected === 0 ? 1 : common / expected;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, extracted, expected, common };
}

/** Precision, recall and F1 of the extracted words against the expected words. */
export function scoreWords(extractedText: string, expectedText: string): WordScore {
  const got = wordTokens(extractedText);
  const want = bag(wordTokens(expectedText));
  let common = 0;
  for (const [word, n] of bag(got)) common += Math.min(n, want.get(word) ?? 0);
  return finish(common, got.length, wordTokens(expectedText).length);
}

/** Pooled score over many documents (sums of words, so long pieces weigh more). */
export function poolScores(scores: readonly WordScore[]): WordScore {
  const sum = (key: 'common' | 'extracted' | 'expected') => scores.reduce((n, s) => n + s[key], 0);
  return finish(sum('common'), sum('extracted'), sum('expected'));
}
