import { rng } from '../../testing/rng';

/**
 * Rewrites `text` the way article spinners do: each word found in `synonyms` is swapped, with
 * probability `rate`, keeping its capitalisation. Returns the text and the share of words swapped.
 */
export function spinText(
  text: string,
  synonyms: Readonly<Record<string, string>>,
  rate: number,
  seed: number,
): { text: string; swapped: number } {
  const next = rng(seed);
  let words = 0;
  let swapped = 0;
  const spun = text.replace(/\p{L}+/gu, (word) => {
    words++;
    const synonym = synonyms[word.toLowerCase()];
    if (synonym === undefined || next() >= rate) return word;
    swapped++;
    return word[0] === word[0]?.toUpperCase() ? synonym.charAt(0).toUpperCase() + synonym.slice(1) : synonym;
  });
  return { text: spun, swapped: words === 0 ? 0 : swapped / words };
}
