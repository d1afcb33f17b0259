/** Lower case without accents, so "resume" finds "Résumé". */
export function foldForMatch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}

const isWordStart = (text: string, at: number) => at === 0 || !/[\p{L}\p{N}]/u.test(text[at - 1]!);

/** Score of one query word in the text: a whole-word prefix beats a substring beats scattered letters. */
function wordScore(word: string, text: string): number | null {
  const at = text.indexOf(word);
  if (at >= 0) {
    let best = at;
    for (let from = at; from >= 0; from = text.indexOf(word, from + 1)) {
      if (isWordStart(text, from)) {
        best = from;
        break;
      }
    }
    return (isWordStart(text, best) ? 100 : 60) + word.length - best / 100;
  }
  // Letters in order (VS Code style "nn" → "New note"); word starts and runs count, gaps cost.
  let score = 0;
  let last = -1;
  for (const ch of word) {
    const found = text.indexOf(ch, last + 1);
    if (found < 0) return null;
    score += isWordStart(text, found) ? 8 : found === last + 1 ? 5 : 1;
    last = found;
  }
  return score;
}

/**
 * How well a query matches a command title (higher is better), or null when it does not: every query
 * word must appear in order of letters. Folded for case and accents. Linear in the text per query word.
 */
export function fuzzyScore(query: string, text: string): number | null {
  const words = foldForMatch(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return 0;
  const haystack = foldForMatch(text);
  let total = 0;
  for (const word of words) {
    const score = wordScore(word, haystack);
    if (score === null) return null;
    total += score;
  }
  return total;
}

/** Items that match, best first; ties keep the order given (the caller puts recent ones first). */
export function rankByFuzzy<T>(items: readonly T[], query: string, textOf: (item: T) => string): T[] {
  if (!query.trim()) return [...items];
  return items
    .map((item, index) => ({ item, index, score: fuzzyScore(query, textOf(item)) }))
    .filter((entry): entry is { item: T; index: number; score: number } => entry.score !== null)
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map((entry) => entry.item);
}
