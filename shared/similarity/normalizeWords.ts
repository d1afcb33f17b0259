import { functionWords } from './functionWords';

const TOKEN = /[\p{L}\p{N}]+(?:['\u2019][\p{L}\p{N}]+)*/gu;
// Han and kana text has no spaces between words; each character stands as its own token so
// shingles still form. Checked per token, since almost no token has any.
const IDEOGRAPH = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/u;
const SPLIT_IDEOGRAPHS =
  /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]|[^\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}'\u2019]+/gu;
const MARKS = /\p{M}+/gu;
const APOSTROPHES = /['\u2019]/g;

/** Folds text for comparison: compatibility forms, no diacritics, lower case, ß as ss. */
export function foldText(text: string): string {
  return text.normalize('NFKD').replace(MARKS, '').toLowerCase().replace(/ß/g, 'ss');
}

/**
 * The words of `text`, folded so that typographic variants compare equal: "Café", "CAFE" and
 * "cafe" are one word, and "don't" with either apostrophe becomes "dont".
 */
export function normalizeWords(text: string): string[] {
  const tokens = foldText(text).match(TOKEN);
  if (!tokens) return [];
  const words: string[] = [];
  for (const token of tokens) {
    if (IDEOGRAPH.test(token)) words.push(...(token.match(SPLIT_IDEOGRAPHS) ?? []));
    else words.push(token.includes("'") || token.includes('\u2019') ? token.replace(APOSTROPHES, '') : token);
  }
  return words;
}

/** Whether a folded word is a function word (an anchor of the structure signal). */
export function isFunctionWord(word: string): boolean {
  return functionWords.has(word);
}
