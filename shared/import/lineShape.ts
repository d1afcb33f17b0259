import { anyStopWord } from './stopWords';

/** The words of a line, lower-cased, punctuation removed (apostrophes kept inside words). */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu) ?? [];
}

/** Share of words that are function words: high for prose, near zero for menus and labels. */
export function stopRatio(words: readonly string[]): number {
  if (words.length === 0) return 0;
  let hits = 0;
  for (const w of words) if (anyStopWord.has(w)) hits += 1;
  return hits / words.length;
}

const TERMINAL = /[.!?…:;]["'”’»)\]]*$|[.!?…]\s*\(\d+\)$/u;

/** True when a line ends the way sentences do (quotes and brackets after the mark allowed). */
export function endsLikeSentence(text: string): boolean {
  return TERMINAL.test(text.trim());
}

/** Reads like running prose: enough words, function words, and a sentence ending (or long). */
export function isSentenceLike(text: string): boolean {
  const words = wordsOf(text);
  if (words.length < 4 || !/\p{Ll}/u.test(text)) return false;
  // Every word capitalised: a label or headline even when it ends with a full stop.
  if (words.length < 15 && capitalRatio(text) > 0.7) return false;
  const ratio = stopRatio(words);
  if (words.length >= 20 && ratio >= 0.15) return true;
  return endsLikeSentence(text) && ratio >= 0.1 && !/:$/.test(text.trim());
}

/** Share of words starting with a capital letter (menus and title-case headlines score high). */
export function capitalRatio(text: string): number {
  const tokens = text.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  if (tokens.length === 0) return 0;
  let caps = 0;
  for (const t of tokens) if (/^\p{Lu}/u.test(t)) caps += 1;
  return caps / tokens.length;
}

/** Short, no sentence ending: could be a headline, subheading or a menu entry. */
export function isHeadingLike(text: string): boolean {
  const words = wordsOf(text);
  return words.length >= 1 && words.length <= 16 && text.length <= 160 && !/[.;,]$/.test(text.trim());
}
