// Scripts written without spaces between words: each character counts as a word, which is
// what word-level scores and thresholds need without a dictionary (Korean spaces its words).
const UNSPACED = String.raw`\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}`;
// One regex pass, linear: a character of an unspaced script alone, or a run of other letters,
// digits and marks with inner apostrophes ("don't", "l’homme").
const WORD = new RegExp(
  String.raw`[${UNSPACED}]|(?:(?![${UNSPACED}])[\p{L}\p{N}\p{M}])+(?:['’](?:(?![${UNSPACED}])[\p{L}\p{M}])+)*`,
  'gu',
);
const UNSPACED_CHAR = new RegExp(`[${UNSPACED}]`, 'u');

/**
 * The words of any text, lower-cased, in order: runs of letters and digits for spaced scripts,
 * single characters for Chinese, Japanese, Thai and their neighbours. No language is assumed.
 */
export function segmentWords(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

/** True when the text is mostly in a script that does not space its words. */
export function isUnspacedScript(text: string): boolean {
  let unspaced = 0;
  let letters = 0;
  for (const ch of text.slice(0, 2000)) {
    if (!/\p{L}/u.test(ch)) continue;
    letters += 1;
    if (UNSPACED_CHAR.test(ch)) unspaced += 1;
  }
  return letters > 0 && unspaced / letters > 0.3;
}
