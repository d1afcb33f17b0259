import { wordsOf } from './lineShape';
import { stopWordsByLanguage } from './stopWords';

/** Best guess at the language of running text from its function words; null when unsure. */
export function guessLanguage(text: string): string | null {
  const words = wordsOf(text.slice(0, 20_000));
  const counts = new Map<string, number>();
  for (const w of words) {
    for (const [lang, set] of stopWordsByLanguage) {
      if (set.has(w)) counts.set(lang, (counts.get(lang) ?? 0) + 1);
    }
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (!best || best[1] < 8) return null;
  if (second && best[1] < second[1] * 1.5) return null;
  return best[0];
}
