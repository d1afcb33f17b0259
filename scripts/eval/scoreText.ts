export { poolScores as pool, scoreWords, type WordScore } from '../../shared/import/scoreWords';

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
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
