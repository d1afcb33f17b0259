/**
 * The metric of the Zyte (Scrapinghub) article-extraction benchmark, written from its description:
 * texts become tokens (runs of letters, digits and "_" in any script, case kept), tokens become
 * shingles of 4 consecutive tokens (a text shorter than 4 tokens is one shorter shingle), and each page
 * gets true/false positives and false negatives over shingles with multiplicity, divided by their sum so
 * every page weighs the same. Precision and recall are then averaged over pages (a page with nothing
 * extracted has no precision; one with nothing expected has no recall) and F1 is their harmonic mean.
 */

export const SHINGLE_SIZE = 4;

/** Share of one page's shingles: true positives, false positives, false negatives (summing to 1, or all 0). */
export interface ShingleCounts {
  tp: number;
  fp: number;
  fn: number;
}

export interface ShinglePrf {
  precision: number;
  recall: number;
  f1: number;
  /** Share of pages whose tokens equal the expected ones exactly. */
  exact: number;
}

const TOKEN = /[\p{L}\p{N}_]+/gu;

export const shingleTokens = (text: string): string[] => text.match(TOKEN) ?? [];

function shingles(text: string): Map<string, number> {
  const tokens = shingleTokens(text);
  const counts = new Map<string, number>();
  const last = Math.max(1, tokens.length - SHINGLE_SIZE + 1);
  for (let i = 0; i < last && tokens.length > 0; i++) {
    // U+0001 cannot occur inside a token, so joined shingles never collide.
    const key = tokens.slice(i, i + SHINGLE_SIZE).join('\u0001');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** One page: how the extracted text's shingles agree with the expected text's. */
export function shingleCounts(extracted: string, expected: string): ShingleCounts {
  const got = shingles(extracted);
  const want = shingles(expected);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, n] of got) {
    const m = want.get(key) ?? 0;
    tp += Math.min(n, m);
    fp += Math.max(0, n - m);
  }
  for (const [key, m] of want) fn += Math.max(0, m - (got.get(key) ?? 0));
  const sum = tp + fp + fn;
  return sum === 0 ? { tp, fp, fn } : { tp: tp / sum, fp: fp / sum, fn: fn / sum };
}

const pagePrecision = ({ tp, fp, fn }: ShingleCounts) => (fp === 0 && fn === 0 ? 1 : tp / (tp + fp));
const pageRecall = ({ tp, fp, fn }: ShingleCounts) => (fp === 0 && fn === 0 ? 1 : tp / (tp + fn));
const mean = (xs: number[]) => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);

/** Per-page scores averaged as the benchmark does; `exact` needs the texts, so it is passed in. */
export function shinglePrf(pages: readonly ShingleCounts[], exactPages = 0): ShinglePrf {
  const precision = mean(pages.filter((p) => p.tp + p.fp > 0).map(pagePrecision));
  const recall = mean(pages.filter((p) => p.tp + p.fn > 0).map(pageRecall));
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, exact: pages.length === 0 ? 0 : exactPages / pages.length };
}

/** Whether two texts have exactly the same tokens (the benchmark's "accuracy"). */
export function sameTokens(extracted: string, expected: string): boolean {
  const a = shingleTokens(extracted);
  const b = shingleTokens(expected);
  return a.length === b.length && a.every((t, i) => t === b[i]);
}
