import { functionWords } from './functionWords';

// Han and kana text has no spaces between words; each character stands as its own token so
// shingles still form. Other scripts split on anything that is not a letter or digit.
const IDEOGRAPH = '\\p{sc=Han}\\p{sc=Hiragana}\\p{sc=Katakana}';
const WORD_CHAR = `(?:(?![${IDEOGRAPH}])[\\p{L}\\p{N}])`;
const TOKEN = new RegExp(`${WORD_CHAR}+(?:['\u2019]${WORD_CHAR}+)*|[${IDEOGRAPH}]`, 'gu');
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
  const words = foldText(text).match(TOKEN);
  if (!words) return [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? '';
    if (word.includes("'") || word.includes('\u2019')) words[i] = word.replace(APOSTROPHES, '');
  }
  return words;
}

/** Whether a folded word is a function word (an anchor of the structure signal). */
export function isFunctionWord(word: string): boolean {
  return functionWords.has(word);
}
